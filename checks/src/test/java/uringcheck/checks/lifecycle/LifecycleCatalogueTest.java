package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uringcheck.checks.lifecycle.LifecycleFixtures.cancelReadsPdu;
import static uringcheck.checks.lifecycle.LifecycleFixtures.cancelWaitsForWorker;
import static uringcheck.checks.lifecycle.LifecycleFixtures.doubleTaskWork;
import static uringcheck.model.lifecycle.Programs.env;
import static uringcheck.checks.lifecycle.LifecycleFixtures.escapeViaEagain;
import static uringcheck.model.lifecycle.Programs.inline;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p1;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p10;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p11;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p12;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p2;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p3;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p4;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p5;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p6;
import static uringcheck.checks.lifecycle.LifecycleFixtures.p9;
import static uringcheck.checks.lifecycle.LifecycleFixtures.releaseCompletes;
import static uringcheck.checks.lifecycle.LifecycleFixtures.sqeAfterQueue;
import static uringcheck.checks.lifecycle.LifecycleFixtures.ublk;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ReplayRoundTrip;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.program.Abstraction;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * The catalogue P1-P12 and the scenarios that break the remaining obligations, each explored exhaustively
 * by breadth-first search at two commands (the Err(EAGAIN) escape at one: at two it has 30,040 states): the verdict, every violated property with the length of its
 * shortest counterexample, and the exact state, transition and depth counts are pinned. Every
 * counterexample must replay from its token to the same trace.
 */
class LifecycleCatalogueTest {

    private static Arguments row(String expected, LifecycleModel model) {
        return Arguments.of(model.name(), model, expected);
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                row("HOLDS 7/6/6 []", p1(inline(2))),
                row("HOLDS 5/4/4 []", p2(inline(2))),
                row("HOLDS 78/121/20 []", p3(Abstraction.SEED, inline(2))),
                row("HOLDS 56/87/16 []", p4(inline(2))),
                row("VIOLATED 58/78/14 [O2=7 O2?recoverable=14 O5=6]", p5(inline(2))),
                row("HOLDS 162/369/16 []", p5(env(2, 2, SubmitMode.IOWQ, false, false, false, false))),
                row("HOLDS 66/101/18 []", p6(inline(2))),
                row("HOLDS 497/923/31 []", ublk("P7", true, env(2, 2, SubmitMode.INLINE, true, false, false, false))),
                row("VIOLATED 141/234/20 [O1=17 O3=11 O9=11]",
                        ublk("P8", false, env(2, 2, SubmitMode.INLINE, true, false, false, false))),
                row("VIOLATED 12/13/9 [O2=6 O2?recoverable=10 O2?reach-ring-exit=0]",
                        p9(env(2, 2, SubmitMode.INLINE, true, false, false, false))),
                row("VIOLATED 127/165/16 [O1=7 O3=7 O12=5]", p10(inline(2))),
                row("VIOLATED 132/199/14 [O1=7 O3=12 O8=9 O12=5]", escapeViaEagain(inline(1))),
                row("VIOLATED 7/6/6 [O2=3 O2?recoverable=6 O13=3]", p11(inline(2))),
                row("VIOLATED 9/8/8 [O6=2]", p12(env(2, 1, SubmitMode.INLINE, false, false, false, false))),
                row("VIOLATED 55/81/12 [O8=5]", p3(Abstraction.SEED, env(2, 2, SubmitMode.IOWQ, false, false, false,
                        false))),
                row("VIOLATED 453/720/20 [O3=10 O4=7]", doubleTaskWork(inline(2))),
                row("VIOLATED 316/609/20 [O7=8]", sqeAfterQueue(env(2, 2, SubmitMode.INLINE, false, false, false,
                        true))),
                row("HOLDS 248/608/18 []", sqeAfterQueue(env(2, 2, SubmitMode.IOWQ, false, false, false, true))),
                row("VIOLATED 15/14/9 [O2=5 O2?recoverable=9 O10=5]", releaseCompletes(env(2, 2, SubmitMode.INLINE, false, false,
                        true, false))),
                row("VIOLATED 24/23/18 [O6=8]", cancelReadsPdu(Abstraction.SEED, env(2, 2, SubmitMode.INLINE, true,
                        false, false, false))),
                row("HOLDS 24/23/18 []", cancelReadsPdu(Abstraction.C, env(2, 2, SubmitMode.INLINE, true, false,
                        false, false))),
                row("VIOLATED 193/352/23 [O2=10 O2?recoverable=10 O9=10]", cancelWaitsForWorker(false, env(2, 2, SubmitMode.INLINE,
                        true, false, false, false))),
                row("HOLDS 212/377/23 []", cancelWaitsForWorker(true, env(2, 2, SubmitMode.INLINE, true, false, false,
                        false))),
                row("HOLDS 164/449/21 []", p4(env(2, 1, SubmitMode.INLINE, true, true, true, true))),
                row("HOLDS 754/2241/23 []", p6(env(2, 2, SubmitMode.INLINE, true, true, true, true))),
                row("HOLDS 7989/19604/35 []", ublk("P7-every-event", true,
                        env(2, 2, SubmitMode.INLINE, true, true, true, true))));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("catalogue")
    void verdictStatesAndShortestCounterexamples(String name, LifecycleModel model, String expected) {
        CheckResult r = Explorer.check(model, SearchOptions.bfs());
        StringBuilder violated = new StringBuilder();
        int replayable = 0;
        for (Violation v : r.violations()) {
            violated.append(violated.length() == 0 ? "" : " ").append(v.property()).append('=')
                    .append(v.trace().length());
            replayable += v.replayable() ? 1 : 0;
        }
        String actual = r.verdict() + " " + r.stats().states() + "/" + r.stats().transitions() + "/"
                + r.stats().maxDepth() + " [" + violated + "]";
        assertEquals(expected, actual, name);
        assertTrue(r.exhaustive(), name);
        assertEquals(replayable, ReplayRoundTrip.assertReproduces(model, r), name);
        assertEquals(r.verdict() == Verdict.VIOLATED, replayable > 0, name + ": every violation here has a path");
    }
}
