package uringcheck.checks.report;

import java.util.List;
import java.util.Optional;

import uringcheck.checks.explore.Violation;

/** Where a violation shows: the step that breaches it, as SARIF and JUnit XML locate it. */
final class Violations {

    private Violations() {
    }

    /**
     * The step that breaches {@code v}: the first that says it violates the property, else (a liveness or
     * at-quiescence violation, decided on the state rather than by a step) the last step that ran a scenario
     * line; empty when no step ran one.
     */
    static Optional<StepText> violatingStep(Violation v) {
        List<StepText> steps = StepText.of(v.trace().steps());
        for (StepText s : steps) {
            if (s.breaches().contains(v.property())) {
                return Optional.of(s);
            }
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).line() > 0) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }
}
