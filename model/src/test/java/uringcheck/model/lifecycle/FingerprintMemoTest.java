package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * The memo gives back what was put for every fingerprint, zero and colliding ones included, across growth,
 * with whether it is exact; an exact entry replaces a lower bound; the memo keeps its own copy of a set.
 */
class FingerprintMemoTest {

    @Test
    void everyFingerprintPutIsFoundAndNoOtherIs() {
        FingerprintMemo memo = new FingerprintMemo();
        BitSet[] sets = {BitSet.valueOf(new long[] {1}), BitSet.valueOf(new long[] {2}), BitSet.valueOf(new long[] {3})};
        int n = 100_000;
        for (long k = 0; k < n; k++) {
            if (k % 2 == 0) {
                memo.put(key(k), sets[(int) (k % 3)]);
            } else {
                memo.putLowerBound(key(k), sets[(int) (k % 3)]);
            }
        }
        for (long k = 0; k < n; k++) {
            int entry = memo.lookup(key(k));
            assertEquals(sets[(int) (k % 3)], memo.set(entry), "fingerprint " + key(k));
            assertEquals(k % 2 == 0, FingerprintMemo.exact(entry), "fingerprint " + key(k));
        }
        assertEquals(FingerprintMemo.NONE, memo.lookup(key(n)));
        assertEquals(FingerprintMemo.NONE, memo.lookup(-1));
    }

    @Test
    void anExactEntryReplacesALowerBoundAndSetsAreCopied() {
        FingerprintMemo memo = new FingerprintMemo();
        BitSet set = BitSet.valueOf(new long[] {1});
        memo.putLowerBound(7, set);
        set.set(1);
        assertFalse(FingerprintMemo.exact(memo.lookup(7)));
        assertEquals(BitSet.valueOf(new long[] {1}), memo.set(memo.lookup(7)));
        memo.putLowerBound(7, set);
        assertEquals(BitSet.valueOf(new long[] {3}), memo.set(memo.lookup(7)));
        memo.put(7, BitSet.valueOf(new long[] {7}));
        assertTrue(FingerprintMemo.exact(memo.lookup(7)));
        assertEquals(BitSet.valueOf(new long[] {7}), memo.set(memo.lookup(7)));
    }

    /** Keys that share their low bits in runs of 16, so that probing and growth are exercised. */
    private static long key(long k) {
        return (k / 16) << 40 | (k % 16);
    }
}
