package uringcheck.model.lifecycle;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ReleaseDependency} remembers: state fingerprint → a set of commands, exact or a lower bound, in an
 * open-addressing table of primitive keys (linear probing, at most half full, doubled when it would be more)
 * and an index into the distinct sets, of which a graph has few: 12 bytes a slot, so 24 to 48 bytes a
 * remembered state and no object per state, where a boxed map holds two objects per state (the counterfactual
 * graph of P7 with 4 commands has 2,120,680 states). An entry is looked up once ({@link #lookup}) and read
 * with {@link #exact} and {@link #set}. Not thread-safe: its owner locks.
 */
final class FingerprintMemo {

    /** What {@link #lookup} returns for a fingerprint that is not remembered. */
    static final int NONE = 0;

    private static final int INITIAL_CAPACITY = 1 << 12;

    private long[] keys = new long[INITIAL_CAPACITY];
    /** Per slot: 0 when empty; else (1 + the index in {@link #sets} of its set) shifted left once, | 1 when exact. */
    private int[] values = new int[INITIAL_CAPACITY];
    private int size;
    private final List<BitSet> sets = new ArrayList<>();
    private final Map<BitSet, Integer> indexOf = new HashMap<>();

    /** The entry of {@code fingerprint}, {@link #NONE} when it is not remembered; read it with {@link #exact}, {@link #set}. */
    int lookup(long fingerprint) {
        int mask = keys.length - 1;
        for (int i = slot(fingerprint, mask); values[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == fingerprint) {
                return values[i];
            }
        }
        return NONE;
    }

    /** Whether {@code entry}, not {@link #NONE}, was remembered with {@link #put} (else with {@link #putLowerBound}). */
    static boolean exact(int entry) {
        return (entry & 1) != 0;
    }

    /** The set of {@code entry}, not {@link #NONE}; callers must not change it. */
    BitSet set(int entry) {
        return sets.get((entry >>> 1) - 1);
    }

    /** Remembers a copy of {@code set} as exact for {@code fingerprint}, replacing a lower bound. */
    void put(long fingerprint, BitSet set) {
        store(fingerprint, (index(set) + 1) << 1 | 1);
    }

    /**
     * Remembers a copy of {@code set} as a lower bound for {@code fingerprint}, which has no exact entry; it
     * replaces an earlier lower bound, so callers pass a superset of it.
     */
    void putLowerBound(long fingerprint, BitSet set) {
        store(fingerprint, (index(set) + 1) << 1);
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

    private void store(long fingerprint, int value) {
        int mask = keys.length - 1;
        for (int i = slot(fingerprint, mask); values[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == fingerprint) {
                values[i] = value;
                return;
            }
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(keys, values, fingerprint, value);
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                insert(keys, values, oldKeys[i], oldValues[i]);
            }
        }
    }

    private static void insert(long[] keys, int[] values, long fingerprint, int value) {
        int mask = keys.length - 1;
        int i = slot(fingerprint, mask);
        while (values[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = fingerprint;
        values[i] = value;
    }

    private static int slot(long fingerprint, int mask) {
        return (int) (fingerprint ^ fingerprint >>> 32) & mask;
    }
}
