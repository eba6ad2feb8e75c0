package uringcheck.checks.explore;

/**
 * Statistics of one search. Everything but {@link #elapsedNanos} and {@link #statesPerSecond} is a
 * deterministic function of the model and the options.
 *
 * @param states               distinct states stored (the fingerprint set's size)
 * @param transitions          successor computations (edges explored, duplicates included)
 * @param maxDepth             the deepest state reached (actions from an initial state)
 * @param elapsedNanos         wall-clock time of the search
 * @param statesPerSecond      {@code states / elapsed seconds}
 * @param bytesPerState        bytes allocated by the visited-state store (fingerprint table, id column,
 *                             predecessor links; not the frontier of states waiting to be expanded, nor
 *                             the graph kept for always-recoverable properties) divided by {@code states}
 * @param collisionProbability the optimistic fingerprint collision estimate, see {@link #collisionProbability(long, long)}
 */
public record Stats(long states, long transitions, int maxDepth, long elapsedNanos, double statesPerSecond,
                    double bytesPerState, double collisionProbability) {

    /**
     * The probability that two distinct states shared a 64-bit fingerprint, estimated as TLC's
     * "calculated (optimistic)" value: {@code n * (g - n) / 2^64}, where {@code n} is the number of
     * distinct states and {@code g} the number of generated states (initial states plus transitions);
     * {@code g - n} counts the look-ups that hit an existing fingerprint, each of which could have been a
     * collision. Source: {@code tlc2.tool.AbstractChecker.calculateOptimisticProbability} in
     * tlaplus/tlaplus (printed by {@code reportSuccess}).
     */
    public static double collisionProbability(long distinct, long generated) {
        return distinct * ((generated - distinct) / Math.pow(2, 64));
    }
}
