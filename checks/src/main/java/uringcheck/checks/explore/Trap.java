package uringcheck.checks.explore;

/**
 * The trap part of an {@link uringcheck.model.Property.Kind#ALWAYS_RECOVERABLE} counterexample: from
 * state {@link #entryStep} of the trace on, no goal state is reachable. The steps after the entry stay in
 * the trap and end either in a dead end (no enabled action) or by returning to an earlier trap state
 * (a cycle the system can run forever: a livelock or a hang).
 *
 * @param entryStep the trace state at which the trap is entered (the first such state on the path)
 * @param backTo    the earlier trace state the last step returns to, or -1 for a dead end
 * @param size      the number of explored states from which the goal is unreachable
 */
public record Trap(int entryStep, int backTo, long size) {

    /** Whether the trap continuation ends in a cycle (rather than a dead end). */
    public boolean isCycle() {
        return backTo >= 0;
    }
}
