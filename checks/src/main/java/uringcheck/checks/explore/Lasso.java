package uringcheck.checks.explore;

import java.util.List;

/**
 * The shape of an {@link uringcheck.model.Property.Kind#EVENTUALLY} counterexample (see
 * {@link FairCycles}): a stem from the initial state to state {@link #loopStart}, then either a loop
 * that returns to that state, or nothing (the run stops there). No state from {@link #loopStart} on
 * satisfies the goal, and the run is fair to the fair actions: each one enabled in a state of the loop
 * is taken in it, and where the run stops no fair action is enabled.
 *
 * @param loopStart the trace state the loop starts and ends at, or where the run stops
 * @param stops     whether the run stops at {@link #loopStart} (no loop: only stimuli are enabled there,
 *                  or nothing)
 * @param neverCame the stimuli enabled in the loop (or at the stop) and never taken in it, each as
 *                  {@code actor: description} at the first state it is enabled: what would have had to
 *                  happen for the goal to be reached this way; empty when none was possible
 */
public record Lasso(int loopStart, boolean stops, List<String> neverCame) {

    public Lasso {
        neverCame = List.copyOf(neverCame);
    }
}
