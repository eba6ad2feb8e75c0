package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ReplayRoundTrip;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TraceStep;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioParser;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.reduce.CommandSymmetry;

/**
 * Pools, driver lists, {@code assert:} and leak accounting at run time: each seeded bug is caught under
 * its property's name with a shortest trace that names the statement's line and replays, each correct
 * variant holds (the counts are pinned in the golden file as well).
 */
class DriverObjectsTest {

    private static Scenario scenario(String file) throws Exception {
        return ScenarioParser.parse(Path.of("src/test/resources/scenarios-extra", file));
    }

    private static LifecycleModel model(String file) throws Exception {
        return ScenarioTargets.model(scenario(file));
    }

    private static Violation violation(CheckResult r, String property) {
        return r.violations().stream().filter(v -> v.property().equals(PropertyId.parse(property))).findFirst()
                .orElseThrow(() -> new AssertionError(property + " is not violated"));
    }

    private static List<String> actions(Violation v) {
        return v.trace().steps().stream().map(TraceStep::action).toList();
    }

    private static String last(Violation v) {
        List<String> steps = actions(v);
        return steps.get(steps.size() - 1);
    }

    @Test
    void aRequestTakenWithoutTheLockIsUsedAfterFreeAndTheTraceSaysWhere() throws Exception {
        LifecycleModel m = model("c-objects-taken-without-lock.yaml");
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        assertEquals("VIOLATES object-lifetime: kworker uses reqs[0] after kfree: use after free;"
                + " list_del_init(reqs[0]): on no list, nothing changes [finish line 35]",
                last(violation(r, "object-lifetime")));
        assertEquals(3, ReplayRoundTrip.assertReproduces(m, r));
        assertEquals(Verdict.HOLDS, Explorer.check(model("c-objects-taken-under-lock.yaml"), SearchOptions.bfs())
                .verdict());
    }

    @Test
    void aWarnOnNamesItsLineAndAFreeOfALinkedObjectIsCaughtAtTheFree() throws Exception {
        LifecycleModel m = model("c-objects-freed-on-list.yaml");
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        assertEquals("f_op->release runs; list_empty(pending): false; VIOLATES driver-assert: WARN_ON at"
                + " line 41 fires in release [release line 41]", last(violation(r, "driver-assert")));
        assertEquals("kfree(reqs[0]); VIOLATES object-lifetime: kworker frees reqs[0] while it is still on"
                + " list pending: the list keeps a dangling pointer [finish line 37]",
                last(violation(r, "object-lifetime")));
        assertEquals(3, ReplayRoundTrip.assertReproduces(m, r));
    }

    @Test
    void anObjectAnErrorPathForgetsLeaksAtTeardown() throws Exception {
        LifecycleModel m = model("c-objects-error-path-leaks.yaml");
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        assertEquals(List.of(PropertyId.parse("objects-freed")), r.violations().stream().map(Violation::property)
                .toList());
        List<String> steps = actions(violation(r, "objects-freed"));
        assertTrue(steps.contains("map_user_pages fails with -EFAULT (err = -EFAULT) [uring_cmd line 23]"),
                steps.toString());
        assertTrue(last(violation(r, "objects-freed")).endsWith("the driver has no release handler"), steps.toString());
        assertEquals(1, ReplayRoundTrip.assertReproduces(m, r));
        assertEquals(Verdict.HOLDS, Explorer.check(model("c-objects-error-path-frees.yaml"), SearchOptions.bfs())
                .verdict());
    }

    @Test
    void aProgramWithPoolsIsNotRenamedForSymmetry() throws Exception {
        assertFalse(CommandSymmetry.keeps(scenario("c-objects-taken-under-lock.yaml").driver()));
    }
}
