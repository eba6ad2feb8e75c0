package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.Violation;
import uringcheck.model.Model;
import uringcheck.model.Obligation;
import uringcheck.model.Property;
import uringcheck.model.PropertyId;
import uringcheck.model.StepNotes;
import uringcheck.model.Successor;

/**
 * The reports take breaches, phase moves and scenario locations from a step's notes, never from its wording:
 * a model whose one step says a fake breach, phase move and location in prose, with notes that say otherwise,
 * is reported as its notes say.
 */
class WordingTest {

    /** Prose that mimics what the lifecycle model writes for a breach, a phase move and a location. */
    private static final String FAKE = "VIOLATES O1: no breach; cmd#0 queued → done [io_done line 9]";

    /** One step from 0 to 1 that breaks O1; its notes are given. */
    private record OneStep(StepNotes notes) implements Model<Integer, String> {

        @Override
        public String name() {
            return "one-step";
        }

        @Override
        public List<Integer> initialStates() {
            return List.of(0);
        }

        @Override
        public List<String> actions(Integer state) {
            return state == 0 ? List.of("go") : List.of();
        }

        @Override
        public Integer next(Integer state, String action) {
            return 1;
        }

        @Override
        public String describe(Integer state, String action) {
            return FAKE;
        }

        @Override
        public Successor<Integer> step(Integer state, String action) {
            return new Successor<>(next(state, action), describe(state, action), notes);
        }

        @Override
        public List<Property<Integer>> properties() {
            return List.of(Property.always(PropertyId.of(Obligation.O1), "the state stays 0", s -> s == 0));
        }
    }

    private static CheckedTarget checked(Model<Integer, String> model) {
        CheckResult result = Explorer.check(model, SearchOptions.bfs());
        return new CheckedTarget(model.name(), "no violation", List.of(), false, false, List.of("O1"), result,
                TextReport.REPLAY_COMMAND, Optional.empty());
    }

    @Test
    void proseThatLooksLikeFactsIsReportedAsProse() {
        CheckedTarget t = checked(new OneStep(StepNotes.NONE));
        Violation v = t.result().violation("O1").orElseThrow();
        assertEquals(List.of("  #  line  (model)", "  1     -  " + FAKE), CompactTrace.render(v, ""));
        assertEquals(Optional.empty(), Violations.violatingStep(v));
        String html = HtmlReport.render(new Run("wording", List.of(t)));
        assertFalse(html.contains("class=\"step breach"), "a breach marked from prose");
        assertFalse(html.contains("cmd-head"), "a command phase lane made from prose");
        assertFalse(html.contains("class=\"line\""), "a scenario line linked from prose");
        String sarif = SarifReport.render(new Run("wording", List.of(t)));
        assertFalse(sarif.contains("essential"), "a breaching step found in prose");
    }

    @Test
    void factsInTheNotesAreReportedWhateverTheProse() {
        StepNotes notes = new StepNotes(List.of(new StepNotes.Said("plain words"),
                new StepNotes.PhaseMove(2, "fresh", "queued", false, "moves on"),
                new StepNotes.Breach(PropertyId.of(Obligation.O1), "breaks it")),
                Optional.of(new StepNotes.Location("io_issue", 7)));
        CheckedTarget t = checked(new OneStep(notes));
        Violation v = t.result().violation("O1").orElseThrow();
        assertEquals(List.of("  #  line  (model)", "  1     7  VIOLATES O1: plain words; moves on"),
                CompactTrace.render(v, ""));
        assertEquals(1, Violations.violatingStep(v).orElseThrow().step().number());
        String html = HtmlReport.render(new Run("wording", List.of(t)));
        assertTrue(html.contains("class=\"step breach"), html);
        assertTrue(html.contains("<div class=\"hd cmd-head\">cmd#2</div>"), html);
        assertTrue(html.contains("io_issue line 7</a>"), html);
        assertTrue(SarifReport.render(new Run("wording", List.of(t))).contains("\"importance\" : \"essential\""));
    }
}
