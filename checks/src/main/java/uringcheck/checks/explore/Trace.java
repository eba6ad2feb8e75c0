package uringcheck.checks.explore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uringcheck.model.Explanation;

/**
 * A counterexample: the initial state's fields and the numbered steps from it, each showing only the
 * fields that changed. The trace is rebuilt by re-executing {@link #path()} from the initial state, so it
 * is the same wherever the path came from (a search, a random walk, a replay token).
 *
 * @param initial the fields of state 0, in field order
 * @param steps   the steps, numbered from 1
 * @param trap    for an always-recoverable violation, where the trap starts and how the path ends in it
 * @param path    the action path the steps follow
 * @param explanation why the last state violates the property, when the model says ({@code Model#explain})
 * @param lasso   for an eventually violation, where its loop starts and which stimuli never came
 */
public record Trace(Map<String, String> initial, List<TraceStep> steps, Optional<Trap> trap, ActionPath path,
                    Optional<Explanation> explanation, Optional<Lasso> lasso) {

    public Trace {
        initial = Collections.unmodifiableMap(new LinkedHashMap<>(initial));
        steps = List.copyOf(steps);
    }

    /** The number of steps (0 when the initial state itself violates the property). */
    public int length() {
        return steps.size();
    }
}
