package uringcheck.checks.explore;

/**
 * A running search's counts at one moment, as a {@link SearchListener} sees them.
 *
 * @param states       distinct states stored so far
 * @param transitions  successor computations so far
 * @param queue        states stored but not expanded yet (the frontier of a graph search)
 * @param depth        the depth of the state about to be expanded
 * @param elapsedNanos time since the search started
 */
public record SearchProgress(long states, long transitions, long queue, int depth, long elapsedNanos) {

    /** States stored per second so far. */
    public double statesPerSecond() {
        return elapsedNanos <= 0 ? 0 : states / (elapsedNanos / 1e9);
    }
}
