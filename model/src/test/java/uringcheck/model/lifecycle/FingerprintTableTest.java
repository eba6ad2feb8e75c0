package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The table gives back the last value put for every fingerprint, zero and colliding ones included, across
 * growth; after {@link FingerprintTable#clear} it holds nothing of before, also once it grows again, and
 * takes new values for the same fingerprints.
 */
class FingerprintTableTest {

    @Test
    void everyFingerprintPutIsFoundAndNoOtherIs() {
        FingerprintTable table = new FingerprintTable();
        int n = 100_000;
        for (long k = 0; k < n; k++) {
            table.put(key(k), 1 + (int) k);
        }
        table.put(key(5), -7);
        for (long k = 0; k < n; k++) {
            assertEquals(k == 5 ? -7 : 1 + (int) k, table.get(key(k)), "fingerprint " + key(k));
        }
        assertEquals(n, table.size());
        assertEquals(FingerprintTable.ABSENT, table.get(key(n)));
        assertEquals(FingerprintTable.ABSENT, table.get(-1));
    }

    @Test
    void aClearedTableHoldsNothingOfBeforeAcrossGrowth() {
        FingerprintTable table = new FingerprintTable();
        for (long k = 0; k < 5_000; k++) {
            table.put(key(k), 1);
        }
        for (int round = 2; round < 6; round++) {
            table.clear();
            assertEquals(0, table.size());
            for (long k = 0; k < 5_000; k++) {
                assertEquals(FingerprintTable.ABSENT, table.get(key(k)), "round " + round + ", fingerprint " + key(k));
            }
            for (long k = 0; k < 1_000L * round * round; k += 2) {
                table.put(key(k), round);
            }
            for (long k = 0; k < 1_000L * round * round; k++) {
                assertEquals(k % 2 == 0 ? round : FingerprintTable.ABSENT, table.get(key(k)),
                        "round " + round + ", fingerprint " + key(k));
            }
        }
    }

    /** Keys that share their low bits in runs of 16, so that probing and growth are exercised. */
    private static long key(long k) {
        return (k / 16) << 40 | (k % 16);
    }
}
