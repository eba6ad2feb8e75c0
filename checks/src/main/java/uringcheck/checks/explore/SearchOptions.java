package uringcheck.checks.explore;

import java.util.Objects;

/**
 * What {@link Explorer#check} does: the strategy, its limits and its parameters. Built with the static
 * factories and the {@code with...} methods, e.g. {@code SearchOptions.bfs().withLimits(limits)}.
 *
 * @param strategy             how the state graph is walked
 * @param limits               resource limits, checked at every step
 * @param seed                 the random seed ({@link Strategy#RANDOM} only; printed in reports)
 * @param walks                the number of random walks ({@link Strategy#RANDOM} only)
 * @param walkLength           the most steps per random walk ({@link Strategy#RANDOM} only)
 * @param path                 the action path to re-execute ({@link Strategy#REPLAY} only, else null)
 * @param trapStep             for a replayed always-recoverable counterexample, the step at which the
 *                             trap is entered; -1 otherwise ({@link Strategy#REPLAY} only)
 * @param stopAtFirstViolation stop at the first violated property instead of reporting every
 *                             violated property with its own counterexample (the default)
 */
public record SearchOptions(Strategy strategy, Limits limits, long seed, int walks, int walkLength,
                            ActionPath path, int trapStep, boolean stopAtFirstViolation) {

    public SearchOptions {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(limits, "limits");
        if (strategy == Strategy.RANDOM && (walks < 1 || walkLength < 1)) {
            throw new IllegalArgumentException("random search needs at least one walk of at least one step, got "
                    + walks + " walks of length " + walkLength);
        }
        if (strategy == Strategy.REPLAY && path == null) {
            throw new IllegalArgumentException("replay needs an action path");
        }
        if (path != null && (trapStep < -1 || trapStep > path.length())) {
            throw new IllegalArgumentException("trap step " + trapStep + " outside the path of length "
                    + path.length());
        }
    }

    /** Breadth-first search with default limits: shortest counterexamples. */
    public static SearchOptions bfs() {
        return new SearchOptions(Strategy.BFS, Limits.defaults(), 0, 0, 0, null, -1, false);
    }

    /** Depth-first search with default limits. */
    public static SearchOptions dfs() {
        return new SearchOptions(Strategy.DFS, Limits.defaults(), 0, 0, 0, null, -1, false);
    }

    /** {@code walks} random walks of at most {@code length} steps, from the given seed. */
    public static SearchOptions random(long seed, int walks, int length) {
        return new SearchOptions(Strategy.RANDOM, Limits.defaults(), seed, walks, length, null, -1, false);
    }

    /** Re-executes {@code path} (action indices) from the first initial state. */
    public static SearchOptions replay(int[] path) {
        return replay(new ActionPath(0, path), -1);
    }

    /** Re-executes {@code path}; {@code trapStep} is the trap entry of a recoverability counterexample or -1. */
    public static SearchOptions replay(ActionPath path, int trapStep) {
        return new SearchOptions(Strategy.REPLAY, Limits.defaults(), 0, 0, 0, path, trapStep, false);
    }

    /** These options with other limits. */
    public SearchOptions withLimits(Limits newLimits) {
        return new SearchOptions(strategy, newLimits, seed, walks, walkLength, path, trapStep, stopAtFirstViolation);
    }

    /** These options, stopping at the first violation found. */
    public SearchOptions stopAtFirst() {
        return new SearchOptions(strategy, limits, seed, walks, walkLength, path, trapStep, true);
    }

    /** A one-line description of the search, as printed in reports (includes the seed of a random search). */
    public String describe() {
        return switch (strategy) {
            case BFS, DFS -> strategy.label();
            case RANDOM -> "random (seed " + seed + ", " + walks + " walks of at most " + walkLength + " steps)";
            case REPLAY -> "replay of " + path.length() + " steps";
        };
    }
}
