package uringcheck.checks.explore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import uringcheck.model.StepNotes;

/**
 * One step of a counterexample.
 *
 * @param number  the step number (the state reached is state {@code number}; state 0 is initial)
 * @param actor   who acted ({@link uringcheck.model.Model#actor}), possibly empty
 * @param action  what it did ({@link uringcheck.model.Model#describe}, on the state before the step)
 * @param changes the fields that changed, in field order, each mapped to {@code "old -> new"}
 * @param notes   the step's facts beside {@code action} ({@link uringcheck.model.Successor#notes}): what
 *                reports read instead of its wording
 */
public record TraceStep(int number, String actor, String action, Map<String, String> changes, StepNotes notes) {

    public TraceStep {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
