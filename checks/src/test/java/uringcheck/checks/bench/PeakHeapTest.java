package uringcheck.checks.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link PeakHeap} reports the most heap a run occupied, garbage included, and separately what survived a
 * collection: a heap figure taken only after collections (as the benchmark printed before) misses a run
 * whose data died before the collection, which the first test shows.
 */
class PeakHeapTest {

    private static final int SIXTY_FOUR_MB = 64 << 20;

    /** Where the test keeps its array, so the JIT cannot drop the allocation. */
    private static volatile byte[] held;

    @Test
    void garbageCollectedDuringTheRunCountsTowardsThePeakButNotTheLiveHeap() {
        PeakHeap.Use use;
        try (PeakHeap heap = PeakHeap.start()) {
            held = new byte[SIXTY_FOUR_MB];
            held = null;
            System.gc();
            use = heap.stop();
        }
        assertTrue(use.peakBytes() >= SIXTY_FOUR_MB, "peak " + use.peakBytes() + " misses the 64 MB array");
        assertTrue(use.liveBytes() < SIXTY_FOUR_MB, "live " + use.liveBytes() + " counts a dead array");
    }

    @Test
    void dataLiveAcrossACollectionIsLiveAndPeak() {
        PeakHeap.Use use;
        try (PeakHeap heap = PeakHeap.start()) {
            held = new byte[SIXTY_FOUR_MB];
            System.gc();
            use = heap.stop();
        } finally {
            held = null;
        }
        assertTrue(use.liveBytes() >= SIXTY_FOUR_MB, "live " + use.liveBytes() + " misses the 64 MB array");
        assertTrue(use.peakBytes() >= use.liveBytes(), use.toString());
    }

    @Test
    void aRunWithoutACollectionStillHasItsPeak() {
        PeakHeap.Use use;
        try (PeakHeap heap = PeakHeap.start()) {
            held = new byte[SIXTY_FOUR_MB];
            use = heap.stop();
        } finally {
            held = null;
        }
        assertTrue(use.peakBytes() >= SIXTY_FOUR_MB, "peak " + use.peakBytes() + " misses the 64 MB array");
    }
}
