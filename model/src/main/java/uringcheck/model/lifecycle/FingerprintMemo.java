package uringcheck.model.lifecycle;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ReleaseDependency} remembers: state fingerprint → a set of commands, exact or a lower bound, as a
 * {@link FingerprintTable} from fingerprint to entry, an index into the distinct sets, of which a graph has few:
 * 28 to 56 bytes a remembered state and no object per state, where a boxed map holds two objects per state (the counterfactual graph of P7 with 4 commands has 2,120,680 states). An entry is looked up
 * once ({@link #lookup}) and read with {@link #exact} and {@link #set}. Not thread-safe: its owner locks.
 */
final class FingerprintMemo {

    /** What {@link #lookup} returns for a fingerprint that is not remembered. */
    static final int NONE = FingerprintTable.ABSENT;

    /** Per fingerprint: (1 + the index in {@link #sets} of its set) shifted left once, | 1 when exact. */
    private final FingerprintTable entries = new FingerprintTable();
    private final List<BitSet> sets = new ArrayList<>();
    private final Map<BitSet, Integer> indexOf = new HashMap<>();

    /** The entry of {@code fingerprint}, {@link #NONE} when it is not remembered; read it with {@link #exact}, {@link #set}. */
    int lookup(long fingerprint) {
        return entries.get(fingerprint);
    }

    /** Whether {@code entry}, not {@link #NONE}, was remembered with {@link #put} (else with {@link #putLowerBound}). */
    static boolean exact(int entry) {
        return (entry & 1) != 0;
    }

    /** The set of {@code entry}, not {@link #NONE}; callers must not change it. */
    BitSet set(int entry) {
        return sets.get((entry >>> 1) - 1);
    }

    /**
     * Remembers a copy of {@code set} as exact for {@code fingerprint}, replacing a lower bound; returns the
     * entry, which {@link #lookup} gives from now on.
     */
    int put(long fingerprint, BitSet set) {
        int entry = (index(set) + 1) << 1 | 1;
        entries.put(fingerprint, entry);
        return entry;
    }

    /**
     * Remembers a copy of {@code set} as a lower bound for {@code fingerprint}, which has no exact entry; it
     * replaces an earlier lower bound, so callers pass a superset of it.
     */
    void putLowerBound(long fingerprint, BitSet set) {
        entries.put(fingerprint, (index(set) + 1) << 1);
    }

    private int index(BitSet set) {
        Integer index = indexOf.get(set);
        if (index == null) {
            BitSet copy = (BitSet) set.clone();
            index = sets.size();
            sets.add(copy);
            indexOf.put(copy, index);
        }
        return index;
    }
}
