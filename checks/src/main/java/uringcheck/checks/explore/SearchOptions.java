package uringcheck.checks.explore;

import java.util.Objects;

import uringcheck.model.Model;

/**
 * What {@link Explorer#check} does: the strategy (with its own options), the limits, and whether to stop
 * at the first violation. Built with the static factories and the {@code with...} methods, e.g.
 * {@code SearchOptions.bfs().withLimits(limits)}.
 *
 * @param strategy             how the state graph is walked
 * @param limits               resource limits, checked at every step
 * @param stopAtFirstViolation stop at the first violated property instead of reporting every
 *                             violated property with its own counterexample (the default)
 * @param workers              threads that compute successors in a breadth-first search (at least 1);
 *                             the result is byte-identical for every count (see {@link ParallelBfs}); the
 *                             other strategies run on one thread whatever this says
 * @param symmetry             an exhaustive search stores the fingerprints of {@link Model#canonical} states
 *                             (symmetry reduction; off in these factories, on by default on the command
 *                             line, where {@code --no-symmetry} turns it off): the verdicts are those of the
 *                             unreduced search, the counts smaller, the traces concrete but possibly another
 *                             shortest one (see {@link SymmetryReduced})
 * @param partialOrder         an exhaustive search explores only the {@link Model#ample} set of each state
 *                             (partial-order reduction; off in these factories, on by default on the command
 *                             line, where {@code --no-por} turns it off): the verdicts are those of the
 *                             unreduced search, the counts smaller, the traces concrete (see
 *                             {@link PartialOrderReduced})
 */
public record SearchOptions(Strategy strategy, Limits limits, boolean stopAtFirstViolation, int workers,
                            boolean symmetry, boolean partialOrder) {

    public SearchOptions {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(limits, "limits");
        if (workers < 1) {
            throw new IllegalArgumentException("a search needs at least one worker, got " + workers);
        }
    }

    /** These options without symmetry or partial-order reduction. */
    public SearchOptions(Strategy strategy, Limits limits, boolean stopAtFirstViolation, int workers) {
        this(strategy, limits, stopAtFirstViolation, workers, false, false);
    }

    /** {@code strategy} with default limits, reporting every violated property, on one worker, unreduced. */
    public static SearchOptions of(Strategy strategy) {
        return new SearchOptions(strategy, Limits.defaults(), false, 1);
    }

    /** Breadth-first search with default limits: shortest counterexamples. */
    public static SearchOptions bfs() {
        return of(new Strategy.Bfs());
    }

    /** Depth-first search with default limits. */
    public static SearchOptions dfs() {
        return of(new Strategy.Dfs());
    }

    /** {@code walks} random walks of at most {@code length} steps, from the given seed. */
    public static SearchOptions random(long seed, int walks, int length) {
        return of(new Strategy.RandomWalks(seed, walks, length));
    }

    /** Re-executes {@code path} (action indices) from the first initial state. */
    public static SearchOptions replay(int[] path) {
        return replay(new ActionPath(0, path), -1);
    }

    /** Re-executes {@code path}; {@code trapStep} is the trap entry of a recoverability counterexample or -1. */
    public static SearchOptions replay(ActionPath path, int trapStep) {
        return of(new Strategy.Replay(path, trapStep));
    }

    /** These options with other limits. */
    public SearchOptions withLimits(Limits newLimits) {
        return new SearchOptions(strategy, newLimits, stopAtFirstViolation, workers, symmetry, partialOrder);
    }

    /** These options on {@code count} worker threads. */
    public SearchOptions withWorkers(int count) {
        return new SearchOptions(strategy, limits, stopAtFirstViolation, count, symmetry, partialOrder);
    }

    /** These options, stopping at the first violation found. */
    public SearchOptions stopAtFirst() {
        return new SearchOptions(strategy, limits, true, workers, symmetry, partialOrder);
    }

    /** These options with symmetry reduction on or off. */
    public SearchOptions withSymmetry(boolean on) {
        return new SearchOptions(strategy, limits, stopAtFirstViolation, workers, on, partialOrder);
    }

    /** These options with partial-order reduction on or off. */
    public SearchOptions withPartialOrder(boolean on) {
        return new SearchOptions(strategy, limits, stopAtFirstViolation, workers, symmetry, on);
    }

    /**
     * A one-line description of the search, as printed in reports (includes the seed of a random search;
     * never the worker count, which does not change the result).
     */
    public String describe() {
        return strategy.describe();
    }
}
