package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ForwardingModel;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.checks.soundness.ProgramEnumerator;
import uringcheck.checks.soundness.Sweep;
import uringcheck.checks.soundness.SweepVocabulary;
import uringcheck.checks.soundness.SweptProgram;
import uringcheck.model.Model;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.abstraction.AbstractionSemantics;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.reduce.Footprint;
import uringcheck.model.lifecycle.reduce.Footprints;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.RunningContext;

/**
 * Every reduction is checked (issue 12 item 4): the whole catalogue, every test scenario (with those written
 * for this test), the bounds variants and the soundness sweeps at L = 2 give the same verdicts and violated
 * properties with and without symmetry reduction, partial-order reduction and both, and every counterexample
 * found with one replays on the concrete model. The state and transition counts with and without are pinned in
 * {@code golden/reduction-catalogue.txt} (regenerate with {@code -Dgolden.update=true}). A seeded unsound
 * symmetry and seeded unsound independences are caught.
 */
class ReductionEquivalenceTest {

    private static final Path FILE = Path.of("src/test/resources/golden/reduction-catalogue.txt");
    private static final String HEADER = """
            # One line per catalogue run and sweep (ReductionEquivalenceTest): name verdict [violated]
            # none=states/transitions (no reduction), then with symmetry, partial-order reduction (por) and both.
            # Regenerate: -Dgolden.update=true.
            """;
    private static final List<Abstraction> SWEPT = List.of(Abstraction.SEED, Abstraction.V5, Abstraction.FIXED);
    private static final Map<String, String> UPDATED = new ConcurrentHashMap<>();

    /** Class-path folder of the scenarios written for this test: each shows a seeded independence up. */
    private static final String SEEDED = "scenarios-reduction/";

    /** Every catalogue run, then the scenarios of {@link #SEEDED}. */
    static List<CatalogueRun> runs() {
        List<CatalogueRun> runs = new ArrayList<>(CatalogueRun.all());
        for (String file : ScenarioCatalogue.fileNames(SEEDED)) {
            Scenario s = ScenarioCatalogue.load(SEEDED, file);
            runs.add(new CatalogueRun(s.name(), SEEDED + file, s));
        }
        return runs;
    }

    /** The reductions checked, by golden column: symmetry, partial-order, both. */
    private static final Map<String, SearchOptions> REDUCTIONS = reductions();

    private static Map<String, SearchOptions> reductions() {
        Map<String, SearchOptions> out = new LinkedHashMap<>();
        out.put("symmetry", SearchOptions.bfs().withSymmetry(true));
        out.put("por", SearchOptions.bfs().withPartialOrder(true));
        out.put("por+symmetry", SearchOptions.bfs().withSymmetry(true).withPartialOrder(true));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyReductionKeepsTheVerdictsAndItsTracesReplay(CatalogueRun run) {
        Model<?, ?> model = ScenarioTargets.target(run.scenario()).model();
        CheckResult none = Explorer.check(model, SearchOptions.bfs());
        StringBuilder line = new StringBuilder(run.name() + " " + none.verdict() + " "
                + ReductionEquivalence.violated(none) + " none=" + none.stats().states() + "/"
                + none.stats().transitions());
        for (Map.Entry<String, SearchOptions> r : REDUCTIONS.entrySet()) {
            ReductionEquivalence e = ReductionEquivalence.against(none, model, r.getValue());
            assertEquals(Optional.empty(), e.difference(), run.name() + " with " + r.getKey());
            e.assertReducedReplays(model);
            assertTrue(e.reduced().stats().states() <= none.stats().states(), run.name() + " with " + r.getKey());
            line.append(' ').append(r.getKey()).append('=').append(e.reducedCounts());
        }
        pin(line.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Abstraction.class, names = {"SEED", "V5", "FIXED"})
    void everyReductionKeepsEverySweptProgramsVerdict(Abstraction abstraction) {
        List<SweptProgram> programs = new ProgramEnumerator(SweepVocabulary.of(abstraction), 2).programs();
        long none = 0;
        Map<String, Long> reduced = new LinkedHashMap<>();
        for (SweptProgram p : programs) {
            LifecycleModel model = Sweep.model(p);
            CheckResult off = Explorer.check(model, SearchOptions.bfs());
            none += off.stats().states();
            for (Map.Entry<String, SearchOptions> r : REDUCTIONS.entrySet()) {
                ReductionEquivalence e = ReductionEquivalence.against(off, model, r.getValue());
                assertEquals(Optional.empty(), e.difference(), abstraction + " program " + p.number() + " with "
                        + r.getKey());
                e.assertReducedReplays(model);
                reduced.merge(r.getKey(), e.reduced().stats().states(), Long::sum);
            }
        }
        StringBuilder line = new StringBuilder("sweep-" + abstraction.name().toLowerCase() + "-L2 programs="
                + programs.size() + " none=" + none);
        reduced.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        pin(line.toString());
    }

    /**
     * An independence that is not one: reading a device field ({@code load}, the test of an {@code if} on a
     * field) taken for a step of the context's own, as if no other context could write the field before it.
     * The equivalence check must catch it: some verdict differs (c-worker-tests-flag-after-unlock loses its
     * double completion). A seeded independence of a step that writes shared state ({@code done},
     * {@code lock}) is not enough: {@link uringcheck.model.lifecycle.reduce.AmpleSets} checks every ample
     * step's successor and refuses one that changes more than its context and one field.
     */
    @Test
    void anUnsoundIndependenceIsCaught() {
        assertEquals(List.of("c-worker-tests-flag-after-unlock: unreduced VIOLATED [O1, O3], reduced HOLDS []",
                "c-kworker-reads-stage-across-reissue: unreduced VIOLATED [O2, O2?recoverable, O3], reduced VIOLATED"
                + " [O2, O2?recoverable]"), caught(new ReadsFieldsAlone()));
    }

    /**
     * An independence that forgets a re-issue: an issue call poised at a {@code return} that may give -EAGAIN
     * taken for one that never touches its command's fields again, as if io-wq did not run the handler again
     * from its start. The fields-still-read-later analysis of {@link uringcheck.model.lifecycle.reduce.AmpleSets}
     * must count the re-issue; the equivalence check catches the seed in the test scenario written for it.
     */
    @Test
    void forgettingTheReissueIsCaught() {
        assertEquals(List.of("c-kworker-reads-stage-across-reissue: unreduced VIOLATED [O2, O2?recoverable, O3],"
                + " reduced VIOLATED [O2, O2?recoverable]"), caught(new IgnoresReissue()));
    }

    /** The catalogue runs whose verdicts differ with partial-order reduction under {@code seed}'s independence. */
    private static List<String> caught(Footprints seed) {
        List<String> caught = new ArrayList<>();
        for (CatalogueRun run : runs()) {
            LifecycleModel model = ScenarioTargets.model(run.scenario());
            ReductionEquivalence e = ReductionEquivalence.of(model, model.withFootprints(seed),
                    SearchOptions.bfs().withPartialOrder(true));
            e.difference().ifPresent(d -> caught.add(run.name() + ": " + d));
        }
        return caught;
    }

    /** The seeded unsound liveness: no issue result is ever re-issued. */
    private static final class IgnoresReissue extends Footprints {
        @Override
        public boolean mayReissue(ReturnValue value, AbstractionSemantics semantics) {
            return false;
        }
    }

    /** The seeded unsound independence: a read of a device field touches nothing shared. */
    private static final class ReadsFieldsAlone extends Footprints {

        @Override
        public Footprint load(Load s) {
            return Footprint.OWN;
        }

        @Override
        public Footprint ifThenElse(If s) {
            return s.condition().kind() == Condition.Kind.TEST_AND_SET ? super.ifThenElse(s) : Footprint.OWN;
        }
    }

    /**
     * A symmetry that is not one: running contexts of the same kind taken for interchangeable whatever
     * handler they run and wherever they are in it, as if only "a kworker is running for this request"
     * mattered. The equivalence check must catch it: a verdict that differs, or a counterexample of the
     * quotient that has no concrete counterpart (the reduced search then falls back).
     */
    @Test
    void anUnsoundSymmetryIsCaught() {
        List<String> caught = new ArrayList<>();
        for (CatalogueRun run : runs()) {
            @SuppressWarnings("unchecked")
            Model<LifecycleState, LifecycleAction> model =
                    (Model<LifecycleState, LifecycleAction>) ScenarioTargets.target(run.scenario()).model();
            ReductionEquivalence e = ReductionEquivalence.of(model, new ForgetsWhereContextsAre(model));
            e.difference().ifPresent(d -> caught.add(run.name() + ": " + d));
        }
        assertTrue(caught.stream().anyMatch(d -> d.contains("unreduced")), "no verdict differed: " + caught);
        assertTrue(caught.stream().anyMatch(d -> d.contains("fell back")), "no quotient trace failed: " + caught);
    }

    /** The seeded unsound reduction: the canonical form forgets each context's handler, position and locals. */
    private static final class ForgetsWhereContextsAre extends ForwardingModel<LifecycleState, LifecycleAction> {

        ForgetsWhereContextsAre(Model<LifecycleState, LifecycleAction> model) {
            super(model);
        }

        @Override
        public LifecycleState canonical(LifecycleState s) {
            LifecycleState c = model.canonical(s);
            List<RunningContext> contexts = new ArrayList<>();
            for (RunningContext x : c.contexts()) {
                contexts.add(new RunningContext(x.kind(), 0, x.command(), x.slot(), x.generation(), 0, x.started(),
                        List.of(), x.holdsUring(), x.locks(), x.queued(), x.stuck(), x.pending()));
            }
            return new LifecycleState(c.slots(), c.freeList(), c.complReqs(), c.cancelable(), c.commands(), contexts,
                    c.fields(), c.leakedLocks(), c.task(), c.ringClosed(), c.fileClosed(), c.released(), c.faults(),
                    c.fires());
        }
    }

    @Test
    void theGoldenFileHasOneLinePerRun() {
        if (!CatalogueGolden.updating()) {
            List<String> names = new ArrayList<>(runs().stream().map(CatalogueRun::name).toList());
            for (Abstraction a : SWEPT) {
                names.add("sweep-" + a.name().toLowerCase() + "-L2");
            }
            assertEquals(names, new ArrayList<>(lines().keySet()));
        }
    }

    private static void pin(String line) {
        String name = line.substring(0, line.indexOf(' '));
        if (CatalogueGolden.updating()) {
            UPDATED.put(name, line);
        } else {
            assertEquals(lines().get(name), line, name + ": regenerate with -D" + CatalogueGolden.UPDATE + "=true");
        }
    }

    private static Map<String, String> lines() {
        Map<String, String> lines = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.put(line.substring(0, line.indexOf(' ')), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    @AfterAll
    static void writeTheGoldenFileWhenUpdating() throws IOException {
        if (CatalogueGolden.updating() && !UPDATED.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (CatalogueRun run : runs()) {
                out.add(UPDATED.get(run.name()));
            }
            for (Abstraction a : SWEPT) {
                out.add(UPDATED.get("sweep-" + a.name().toLowerCase() + "-L2"));
            }
            if (!out.contains(null)) {
                Files.writeString(FILE, HEADER + String.join("\n", out) + "\n", StandardCharsets.UTF_8);
            }
        }
    }
}
