package uringcheck.model.lifecycle;

/**
 * A map from 64-bit state fingerprints to non-zero ints, for the maps {@link ReleaseDependency} consults once or
 * more per counterfactual state: open addressing with linear probing over a {@code long} array of fingerprints
 * and an {@code int} array of values (0 marks an empty slot), at most half full, doubled when it would be more:
 * 12 bytes a slot, 2 more for the list of occupied slots (an {@code int} for every two slots, as many as it can
 * hold), and no object per fingerprint. The list makes {@link #clear} cost the number of fingerprints held, not
 * the capacity: a question clears its own map once per question, millions of times a search, after the largest
 * question so far grew it. Not thread-safe: its owner locks.
 */
final class FingerprintTable {

    /** What {@link #get} returns for a fingerprint that is not in the table. */
    static final int ABSENT = 0;

    private static final int INITIAL_CAPACITY = 1 << 10;

    private long[] keys = new long[INITIAL_CAPACITY];
    private int[] values = new int[INITIAL_CAPACITY];
    /** The occupied slots, {@link #size} of them. */
    private int[] used = new int[INITIAL_CAPACITY / 2];
    private int size;

    /** The value of {@code fingerprint}, {@link #ABSENT} when it is not in the table. */
    int get(long fingerprint) {
        int mask = keys.length - 1;
        for (int i = slot(fingerprint, mask); values[i] != ABSENT; i = (i + 1) & mask) {
            if (keys[i] == fingerprint) {
                return values[i];
            }
        }
        return ABSENT;
    }

    /** Maps {@code fingerprint} to {@code value}, which is not {@link #ABSENT}, replacing its value if it has one. */
    void put(long fingerprint, int value) {
        int mask = keys.length - 1;
        int i = slot(fingerprint, mask);
        for (; values[i] != ABSENT; i = (i + 1) & mask) {
            if (keys[i] == fingerprint) {
                values[i] = value;
                return;
            }
        }
        if (2 * (size + 1) > keys.length) {
            grow();
            put(fingerprint, value);
            return;
        }
        keys[i] = fingerprint;
        values[i] = value;
        used[size++] = i;
    }

    /** The number of fingerprints in the table. */
    int size() {
        return size;
    }

    /** Empties the table, keeping its capacity. */
    void clear() {
        for (int k = 0; k < size; k++) {
            values[used[k]] = ABSENT;
        }
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        used = new int[oldUsed.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < size; k++) {
            int j = oldUsed[k];
            int i = slot(oldKeys[j], mask);
            while (values[i] != ABSENT) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
            used[k] = i;
        }
    }

    private static int slot(long fingerprint, int mask) {
        return (int) (fingerprint ^ fingerprint >>> 32) & mask;
    }
}
