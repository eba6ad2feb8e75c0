package uringcheck.model.lifecycle;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ReleaseDependency} remembers: state fingerprint → a set of commands, in an open-addressing
 * table of primitive keys (linear probing, at most half full, doubled when it would be more) and an index
 * into the distinct sets, of which a graph has few: 12 bytes a slot, so 24 to 48 bytes a remembered state
 * and no object per state, where a boxed map holds two objects per state (the counterfactual graph of P7
 * with 4 commands has 2,120,680 states). Not thread-safe: its owner locks.
 */
final class FingerprintMemo {

    private static final int INITIAL_CAPACITY = 1 << 12;

    private long[] keys = new long[INITIAL_CAPACITY];
    /** 1 + the index in {@link #sets} of each slot's set; 0 for an empty slot. */
    private int[] values = new int[INITIAL_CAPACITY];
    private int size;
    private final List<BitSet> sets = new ArrayList<>();
    private final Map<BitSet, Integer> indexOf = new HashMap<>();

    /** The set remembered for {@code fingerprint}, or null; callers must not change it. */
    BitSet get(long fingerprint) {
        int mask = keys.length - 1;
        for (int i = slot(fingerprint, mask); values[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == fingerprint) {
                return sets.get(values[i] - 1);
            }
        }
        return null;
    }

    /** Remembers {@code set} (which must not change afterwards) for {@code fingerprint}, not yet remembered. */
    void put(long fingerprint, BitSet set) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        Integer index = indexOf.get(set);
        if (index == null) {
            index = sets.size();
            sets.add(set);
            indexOf.put(set, index);
        }
        insert(keys, values, fingerprint, index + 1);
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
