package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import uringcheck.model.Fingerprints;

/** The visited-state store: set semantics across growth, ids, predecessor links, wide action indices. */
class FingerprintStoreTest {

    @Test
    void behavesAsASetAcrossGrowth() {
        FingerprintStore store = new FingerprintStore(true);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertEquals(i, store.insert(Fingerprints.finish(i), i - 1, i % 3));
        }
        for (int i = 0; i < n; i += 7) {
            assertEquals(FingerprintStore.NOT_NEW, store.insert(Fingerprints.finish(i), 0, 0));
            assertEquals(i, store.lastFoundId());
            assertTrue(store.contains(Fingerprints.finish(i)));
        }
        assertFalse(store.contains(Fingerprints.finish(n)));
        assertEquals(n, store.size());
    }

    @Test
    void extremeFingerprintsAreStored() {
        FingerprintStore store = new FingerprintStore(false);
        long[] extremes = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFFFFFF00000000L};
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 50_000; i++) {
            store.insert(random.nextLong() | 0xFFFF000000000000L, -1, 0);
        }
        int before = store.size();
        for (long fp : extremes) {
            assertTrue(store.insert(fp, -1, 0) >= 0);
        }
        for (long fp : extremes) {
            assertTrue(store.contains(fp));
        }
        assertEquals(before + extremes.length, store.size());
    }

    /**
     * Unmixed fingerprints (consecutive small integers, as a hand-written fingerprint without a finaliser
     * gives) must not pile up in one run of the table: without the store's own spreading they all share
     * home slot 0 and form a single run of a million slots, and every insertion scans it.
     */
    @Test
    void unmixedFingerprintsDoNotPileUp() {
        FingerprintStore store = new FingerprintStore(false);
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            store.insert(i, i - 1, 0);
        }
        assertEquals(n, store.size());
        assertTrue(store.bytesAllocated() < 17L * n, "bytes " + store.bytesAllocated());
        assertTrue(store.longestRun() < 1_000, "one run of " + store.longestRun() + " slots");
    }

    @Test
    void predecessorLinksRebuildThePathWithWideActionIndices() {
        FingerprintStore store = new FingerprintStore(false);
        int root = store.insert(11, -1 - 2, 0);
        int a = store.insert(12, root, 254);
        int b = store.insert(13, a, 255);
        int c = store.insert(14, b, 100_000);
        ActionPath path = store.pathTo(c);
        assertEquals(2, path.initialIndex());
        assertArrayEquals(new int[] {254, 255, 100_000}, path.actions());
    }
}
