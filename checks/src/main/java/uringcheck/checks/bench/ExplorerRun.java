package uringcheck.checks.bench;

/**
 * One measured run of uringcheck's explorer (the completers model or a lifecycle workload).
 *
 * @param states         distinct states visited
 * @param transitions    transitions explored (duplicates included)
 * @param maxDepth       the deepest state's depth
 * @param verdict        HOLDS, VIOLATED or INCOMPLETE (with the limit that stopped it)
 * @param exhaustive     whether the whole reachable state space was explored
 * @param seconds        the search's wall-clock time
 * @param cpuSeconds     the CPU time the whole JVM spent during the search (search thread, garbage
 *                       collection, JIT compilation), or NaN when the JVM does not report it
 * @param bytesPerState  the visited-state store's bytes (fingerprints and predecessor links) per state
 * @param peakHeapBytes  the most heap occupied during the run, garbage included ({@link PeakHeap})
 * @param liveHeapBytes  the largest occupancy after a collection during the run, above the occupancy before
 *                       it (all search data: store, frontier, garbage the old generation still holds); 0 when
 *                       no collection ran
 * @param allocatedBytes the bytes the search allocated (garbage included) when it ran on one thread, or -1
 *                       when not measured (several workers, or a JVM that does not count them)
 */
public record ExplorerRun(long states, long transitions, int maxDepth, String verdict, boolean exhaustive,
                          double seconds, double cpuSeconds, double bytesPerState, long peakHeapBytes,
                          long liveHeapBytes, long allocatedBytes) {

    /** Bytes allocated per distinct state, or NaN when not measured. */
    public double allocatedPerState() {
        return allocatedBytes < 0 || states == 0 ? Double.NaN : (double) allocatedBytes / states;
    }

    /** States per second, or 0 when the time is too short to measure. */
    public double statesPerSecond() {
        return seconds > 0 ? states / seconds : 0;
    }
}
