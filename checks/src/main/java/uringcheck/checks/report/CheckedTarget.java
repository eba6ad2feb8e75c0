package uringcheck.checks.report;

import java.util.List;
import java.util.Optional;

import uringcheck.checks.explore.CheckResult;

/**
 * One checked target with what the reports need beside its result.
 *
 * @param name          the target's name (the scenario name)
 * @param expected      its expectation, described ({@code HOLDS} or {@code VIOLATED [O1, O3]})
 * @param expectedViolated the properties expected to be violated, spelled as in reports (empty when it should hold)
 * @param othersAllowed whether other properties may be violated too ({@code violates_at_least})
 * @param asExpected    whether the result matched the expectation
 * @param properties    every property checked, spelled as in reports, in the model's order
 * @param result        the checker's result
 * @param replayCommand the command that replays a token of this target, without the token
 * @param source        the scenario file the target was read from, when known
 */
public record CheckedTarget(String name, String expected, List<String> expectedViolated, boolean othersAllowed,
                            boolean asExpected,
                            List<String> properties, CheckResult result, String replayCommand,
                            Optional<ScenarioSource> source) {

    public CheckedTarget {
        expectedViolated = List.copyOf(expectedViolated);
        properties = List.copyOf(properties);
    }

    /** Whether a violation of {@code property} agrees with the expectation (named, or allowed as one more). */
    public boolean admitsViolation(String property) {
        return othersAllowed || expectedViolated.contains(property);
    }
}
