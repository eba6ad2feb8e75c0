package uringcheck.checks.bench;

/**
 * One measured run of uringcheck's explorer on the completers model.
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
 * @param peakHeapBytes  the peak heap occupancy after a collection during the run, above the occupancy
 *                       before it (all search data: store, frontier, garbage not yet collected); 0 when no
 *                       collection ran
 */
public record ExplorerRun(long states, long transitions, int maxDepth, String verdict, boolean exhaustive,
                          double seconds, double cpuSeconds, double bytesPerState, long peakHeapBytes) {
}
