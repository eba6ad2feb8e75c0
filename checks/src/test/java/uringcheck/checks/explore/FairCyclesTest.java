package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uringcheck.model.Fairness;
import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * The fair-liveness decision ({@link FairCycles}) on hand-drawn graphs: states are numbers, state 9 is the
 * goal, and each edge names its action and the action's fairness.
 */
class FairCyclesTest {

    private record Edge(String action, int to, Fairness fairness) {
    }

    /** A model whose transitions are a table; property "settles": every fair run reaches state 9. */
    private static final class Graph implements Model<Integer, Edge> {
        private final Map<Integer, List<Edge>> edges = new TreeMap<>();

        Graph edge(int from, String action, int to, Fairness fairness) {
            edges.computeIfAbsent(from, k -> new ArrayList<>()).add(new Edge(action, to, fairness));
            return this;
        }

        @Override
        public String name() {
            return "graph";
        }

        @Override
        public List<Integer> initialStates() {
            return List.of(0);
        }

        @Override
        public List<Edge> actions(Integer state) {
            return edges.getOrDefault(state, List.of());
        }

        @Override
        public Integer next(Integer state, Edge action) {
            return action.to();
        }

        @Override
        public List<Property<Integer>> properties() {
            return List.of(Property.eventually(uringcheck.model.PropertyId.parse("settles"), "reaches 9",
                    s -> s == 9));
        }

        @Override
        public Fairness fairness(Integer state, Edge action) {
            return action.fairness();
        }

        @Override
        public String describe(Integer state, Edge action) {
            return action.action();
        }
    }

    private static CheckResult check(Model<Integer, Edge> model) {
        return Explorer.check(model, SearchOptions.bfs());
    }

    private static Lasso lasso(CheckResult result) {
        assertEquals(Verdict.VIOLATED, result.verdict());
        return result.violations().get(0).trace().lasso().orElseThrow();
    }

    @Test
    void aRunMayStopWhereOnlyAStimulusIsEnabledAndTheLassoNamesIt() {
        Graph g = new Graph().edge(0, "issue", 1, Fairness.KERNEL).edge(1, "reply", 9, Fairness.STIMULUS);
        Lasso l = lasso(check(g));
        assertTrue(l.stops());
        assertEquals(1, l.loopStart());
        assertEquals(List.of(": reply"), l.neverCame());
    }

    @Test
    void theSeededBugTreatingTheStimulusAsFairHidesTheHang() {
        Graph g = new Graph().edge(0, "issue", 1, Fairness.KERNEL).edge(1, "reply", 9, Fairness.KERNEL);
        assertEquals(Verdict.HOLDS, check(g).verdict());
    }

    @Test
    void userspaceExitIsFairSoACommandParkedUntilCancellationIsNoHang() {
        Graph g = new Graph().edge(0, "issue", 1, Fairness.KERNEL).edge(1, "close ring", 9, Fairness.EXIT);
        assertEquals(Verdict.HOLDS, check(g).verdict());
    }

    @Test
    void aCycleThatNeverTakesAnEnabledKernelActionIsNoRun() {
        Graph g = new Graph().edge(0, "spin", 0, Fairness.KERNEL).edge(0, "finish", 9, Fairness.KERNEL);
        assertEquals(Verdict.HOLDS, check(g).verdict());
    }

    @Test
    void aStateThatLoopsOnItselfTakingEveryKernelActionItEnablesIsAFairCycle() {
        Graph g = new Graph().edge(0, "issue", 1, Fairness.KERNEL).edge(1, "poll", 1, Fairness.KERNEL)
                .edge(1, "reply", 9, Fairness.STIMULUS);
        Lasso l = lasso(check(g));
        assertFalse(l.stops());
        assertEquals(1, l.loopStart());
        assertEquals(List.of(": reply"), l.neverCame());
    }

    @Test
    void fairnessIsStrongAnActionEnabledAgainAndAgainRuns() {
        Graph g = new Graph().edge(0, "pass", 1, Fairness.KERNEL).edge(0, "finish", 9, Fairness.KERNEL)
                .edge(1, "pass ends", 0, Fairness.KERNEL);
        assertEquals(Verdict.HOLDS, check(g).verdict(), "under weak fairness 'finish' (disabled in 1) would starve");
    }

    @Test
    void aKernelActionEnabledAgainAndAgainLeavesTheCycleEvenTowardsAnUnfairState() {
        Graph g = new Graph().edge(0, "a", 1, Fairness.KERNEL).edge(1, "b", 0, Fairness.KERNEL)
                .edge(1, "c", 2, Fairness.KERNEL).edge(2, "d", 1, Fairness.KERNEL)
                .edge(2, "finish", 9, Fairness.KERNEL);
        assertEquals(Verdict.HOLDS, check(g).verdict());
    }

    @Test
    void aFairCycleInsideAnUnfairComponentIsFoundByRefinement() {
        Graph g = new Graph().edge(0, "a", 1, Fairness.KERNEL).edge(1, "b", 0, Fairness.KERNEL)
                .edge(1, "c", 2, Fairness.STIMULUS).edge(2, "d", 1, Fairness.KERNEL)
                .edge(2, "finish", 9, Fairness.KERNEL);
        CheckResult result = check(g);
        Lasso l = lasso(result);
        assertFalse(l.stops());
        assertEquals(0, l.loopStart());
        assertEquals(List.of(": c"), l.neverCame());
        ActionPath path = result.violations().get(0).trace().path();
        assertEquals("0/0/0", path.readable(), "the loop a, b stays out of state 2, which enables finish");
    }

    @Test
    void aCycleWithAStimulusNeverTakenNamesIt() {
        Graph g = new Graph().edge(0, "poll", 1, Fairness.KERNEL).edge(1, "poll done", 0, Fairness.KERNEL)
                .edge(1, "request", 9, Fairness.STIMULUS);
        CheckResult result = check(g);
        Lasso l = lasso(result);
        assertFalse(l.stops());
        assertEquals(List.of(": request"), l.neverCame());
        String text = TextReport.render(result);
        assertTrue(text.contains("loop from state 0"), text);
        assertTrue(text.contains("back to state 0: a fair cycle"), text);
        assertTrue(text.contains("never came: : request"), text);
    }

    @Test
    void aLassoReplaysAndAPathThatIsNoLassoDoesNot() {
        Graph g = new Graph().edge(0, "poll", 1, Fairness.KERNEL).edge(1, "poll done", 0, Fairness.KERNEL)
                .edge(1, "request", 9, Fairness.STIMULUS);
        Violation v = check(g).violations().get(0);
        CheckResult replayed = Replay.run(g, v.replayToken());
        assertEquals(Verdict.VIOLATED, replayed.verdict());
        assertEquals(v.trace().lasso(), replayed.violations().get(0).trace().lasso());
        Graph fair = new Graph().edge(0, "poll", 1, Fairness.KERNEL).edge(1, "poll done", 0, Fairness.KERNEL)
                .edge(1, "request", 9, Fairness.KERNEL);
        assertEquals(Verdict.INCOMPLETE, Replay.run(fair, v.replayToken()).verdict(),
                "once 'request' is fair, the loop 0, 1 no longer is a fair run");
    }
}
