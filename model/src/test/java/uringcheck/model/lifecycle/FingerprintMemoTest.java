package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The memo gives back what was put for every fingerprint, zero and colliding ones included, across growth. */
class FingerprintMemoTest {

    @Test
    void everyFingerprintPutIsFoundAndNoOtherIs() {
        FingerprintMemo memo = new FingerprintMemo();
        BitSet[] sets = {BitSet.valueOf(new long[] {1}), BitSet.valueOf(new long[] {2}), BitSet.valueOf(new long[] {3})};
        int n = 100_000;
        for (long k = 0; k < n; k++) {
            memo.put(key(k), (BitSet) sets[(int) (k % 3)].clone());
        }
        for (long k = 0; k < n; k++) {
            assertEquals(sets[(int) (k % 3)], memo.get(key(k)), "fingerprint " + key(k));
        }
        assertNull(memo.get(key(n)));
        assertNull(memo.get(-1));
    }

    /** Keys that share their low bits in runs of 16, so that probing and growth are exercised. */
    private static long key(long k) {
        return (k / 16) << 40 | (k % 16);
    }
}
