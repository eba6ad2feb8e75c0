package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import uringcheck.checks.catalogue.Catalogue;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.catalogue.Expectation;
import uringcheck.checks.catalogue.Toys;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.InertModel;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.model.toy.ToyMutex;

/** The command line's exit statuses (0 to 4) and outputs, through picocli with captured streams. */
class MainTest {

    /** Exit status, standard output and standard error of one run. */
    record Run(int status, String out, String err) {
    }

    static Run run(Catalogue catalogue, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine(catalogue);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int status = line.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(Toys.catalogue(), args);
    }

    @Test
    void builtInCatalogueMatchesItsExpectations() {
        Run r = run("check");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(String.format("%-34s %-39s %s", "toy-cancel-rearm", "VIOLATED [can-complete]", "as expected")), r.out());
        assertTrue(r.out().endsWith("5 targets: 5 as expected, 0 unexpected, 0 without a verdict\n"), r.out());
    }

    @Test
    void unexpectedVerdictExitsOne() {
        Catalogue wrong = new Catalogue(List.of(CheckTarget.of(new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET),
                "wrongly expected to hold", Expectation.holds())));
        Run r = run(wrong, "check");
        assertEquals(1, r.status());
        assertTrue(r.out().contains("UNEXPECTED (expected HOLDS)"), r.out());
    }

    @Test
    void limitExitsThree() {
        Run r = run("check", "--max-states", "3");
        assertEquals(3, r.status());
        assertTrue(r.out().contains("INCOMPLETE (state limit 3 reached)"), r.out());
    }

    @Test
    void randomSearchWithoutAViolationHasNoVerdict() {
        Run r = run("check", "-t", "toy-mutex-3", "--strategy", "random", "--seed", "9", "--walks", "5");
        assertEquals(3, r.status());
        assertTrue(r.out().contains("seed 9"), r.out());
    }

    @Test
    void badUsageExitsTwoWithAMessageAndNoStackTrace() {
        for (String[] args : List.of(
                new String[] {"check", "--strategy", "sideways"},
                new String[] {"check", "--bogus"},
                new String[] {"check", "--max-time", "soon"},
                new String[] {"check", "--max-heap", "-5"},
                new String[] {"check", "-t", "no-such-target"},
                new String[] {"check", "scenario.yaml"},
                new String[] {"replay", "uc2.nope"},
                new String[] {"replay", "uc2.unknown-model.000000.AAAA.06200520"},
                new String[] {},
                new String[] {"frobnicate"})) {
            Run r = run(args);
            assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().isBlank(), String.join(" ", args));
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    @Test
    void randomWalkOptionsWithoutARandomSearchAreAUsageError() {
        for (String flag : List.of("--seed", "--walks", "--walk-length")) {
            Run r = run("check", "-t", "toy-mutex-3", flag, "5");
            assertEquals(2, r.status(), flag + ": " + r.out() + r.err());
            assertEquals("", r.out());
            assertEquals("uringcheck check: " + flag + " sets up random walks: add --strategy random, or drop "
                    + flag + " (this search is bfs)\n", r.err());
        }
        assertEquals(2, run("check", "--strategy", "dfs", "--seed", "3", "--walks", "2").status());
        assertEquals(3, run("check", "-t", "toy-mutex-3", "--strategy", "random", "--walk-length", "3").status());
    }

    @Test
    void anInternalErrorExitsFourNotTwo() {
        Catalogue broken = new Catalogue(List.of(CheckTarget.of(new NoInitialState(), "a model bug",
                Expectation.holds())));
        Run r = run(broken, "check");
        assertEquals(4, r.status(), r.out() + r.err());
        assertTrue(r.err().startsWith("uringcheck check: internal error: java.lang.IllegalArgumentException: model"),
                r.err());
    }

    /** A broken model: it has no initial state, which the explorer rejects as a bug of the model. */
    private record NoInitialState() implements InertModel {
        @Override
        public String name() {
            return "no-initial-state";
        }

        @Override
        public List<Integer> initialStates() {
            return List.of();
        }
    }

    @Test
    void replayReproducesAndExitsOne() {
        String token = Explorer.check(new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET), SearchOptions.bfs())
                .violations().get(0).replayToken();
        Run r = run("replay", token);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("VIOLATED mutex (always)"), r.out());
        assertTrue(r.out().contains("replay: ./uringcheck replay " + token), r.out());
    }

    @Test
    void checkPrintsJson() throws Exception {
        Run r = run("check", "-t", "toy-cancel-rearm", "--json");
        assertEquals(0, r.status());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("toy-cancel-rearm", json.get(0).get("target").asText());
        JsonNode violation = json.get(0).get("result").get("violations").get(0);
        assertEquals("can-complete", violation.get("property").asText());
        assertEquals(3, violation.get("trace").get("trap").get("backTo").asInt());
    }

    @Test
    void listAndObligations() {
        Run list = run("list");
        assertEquals(0, list.status());
        assertEquals(5, list.out().lines().count());
        Run obligations = run("obligations");
        assertEquals(0, obligations.status());
        assertTrue(obligations.out().startsWith("O1   Exactly-once completion"), obligations.out());
        assertTrue(obligations.out().contains("O15  "));
    }
}
