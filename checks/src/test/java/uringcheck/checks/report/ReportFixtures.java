package uringcheck.checks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.catalogue.Expectation;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Property;
import uringcheck.model.PropertyId;

/** Runs of shipped scenarios, checked breadth-first, as the reports take them. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /** The checked target of the shipped scenario file {@code fileName}, with its own expectation. */
    static CheckedTarget shipped(String fileName) {
        CheckTarget t = ScenarioTargets.target(ScenarioCatalogue.load(fileName));
        return checked(t, t.expected());
    }

    /** The checked target of the shipped scenario file {@code fileName}, as if it expected {@code expected}. */
    static CheckedTarget shipped(String fileName, Expectation expected) {
        return checked(ScenarioTargets.target(ScenarioCatalogue.load(fileName)), expected);
    }

    private static CheckedTarget checked(CheckTarget t, Expectation expected) {
        CheckResult result = Explorer.check(t.model(), SearchOptions.bfs());
        Map<String, ScenarioSource> sources = ScenarioSource.shipped();
        return new CheckedTarget(t.name(), expected.describe(), expected.properties().stream().map(PropertyId::toString).toList(),
                expected.atLeast(), expected.matches(result), t.model().properties().stream().map(Property::name).toList(), result,
                TextReport.REPLAY_COMMAND, Optional.ofNullable(sources.get(t.name())));
    }

    /** A run of the shipped scenario files named. */
    static Run run(String... fileNames) {
        List<CheckedTarget> targets = new ArrayList<>();
        for (String f : fileNames) {
            targets.add(shipped(f));
        }
        return new Run("test run", targets);
    }

    /** Every shipped scenario, checked. */
    static Run catalogue() {
        return run(ScenarioCatalogue.fileNames().toArray(new String[0]));
    }

    /** The violation of {@code property} in {@code t}. */
    static Violation violation(CheckedTarget t, String property) {
        return t.result().violation(property).orElseThrow();
    }
}
