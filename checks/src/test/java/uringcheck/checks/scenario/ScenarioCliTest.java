package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import uringcheck.checks.catalogue.Catalogue;
import uringcheck.checks.cli.Main;
import uringcheck.checks.explore.Golden;
import uringcheck.checks.explore.TextReport;

/** {@code uringcheck check FILE}, {@code replay --scenario}, {@code obligations} over the shipped catalogue. */
class ScenarioCliTest {

    private static final Catalogue SHIPPED = ScenarioTargets.shipped();
    private static final Pattern REPLAY = Pattern.compile("replay: (\\./uringcheck replay(?: --scenario \\S+)?) (uc2\\.\\S+)");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine(SHIPPED);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int status = line.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String shipped(String file) throws IOException {
        return Files.readString(Path.of("src/main/resources/scenarios", file), StandardCharsets.UTF_8);
    }

    @Test
    void malformedFilesExitTwoWithEveryProblemAndNoStackTrace() throws IOException {
        Path bad = file("bad.yaml", shipped("p04-kworker-done-unlocked.yaml")
                .replace("- done: {handle: h, ret: 0, flags: unlocked}", "- donee: {handle: h, ret: 0, flags: unlocked}"));
        Path empty = file("empty.yaml", "");
        Run r = run("check", bad.toString(), empty.toString(), dir.resolve("missing.yaml").toString());
        assertEquals(2, r.status());
        assertEquals("", r.out(), "nothing is checked when an input is malformed");
        List<String> lines = r.err().lines().collect(Collectors.toList());
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(bad + ":20:9: unknown statement 'donee': expected one of read_pdu,"), lines.get(0));
        assertTrue(lines.get(0).endsWith("(did you mean 'done'?)"), lines.get(0));
        assertEquals(empty + ":1:1: empty scenario file: expected a mapping with the keys scenario, abstraction,"
                + " environment and handlers (see docs/scenario-format.md)", lines.get(1));
        assertEquals(dir.resolve("missing.yaml") + ": no such file: check the path (scenario files are YAML, see"
                + " docs/scenario-format.md)", lines.get(2));
        assertEquals("uringcheck check: 3 problems in scenario files; the format is described in"
                + " docs/scenario-format.md", lines.get(3));
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void aViolatingFileGetsItsTraceAndAReplayCommandThatReproducesIt() throws IOException {
        Path driver = file("my-driver.yaml", shipped("p05a-v4-sample-inline.yaml")
                .replace("expect: {violates: [O5]}\n", ""));
        Run r = run("check", driver.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("VIOLATED O5 (always)"), r.out());
        assertTrue(r.out().contains("UNEXPECTED (expected HOLDS)"), r.out());
        Matcher m = REPLAY.matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals("./uringcheck replay --scenario " + driver, m.group(1));
        Run replay = run("replay", "--scenario", driver.toString(), m.group(2));
        assertEquals(1, replay.status(), replay.err());
        assertTrue(replay.out().contains("VIOLATED O5 (always)"), replay.out());
        Run withoutFile = run("replay", m.group(2));
        assertEquals(1, withoutFile.status(), "the token names P5a, which the catalogue has: " + withoutFile.err());
    }

    @Test
    void aFileWhoseExpectationMatchesExitsZero() throws IOException {
        Path p10 = file("p10.yaml", shipped("p10-seed-escape-via-err.yaml"));
        Run r = run("check", p10.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("VIOLATED [O1, O3, O12]"), r.out());
        assertTrue(r.out().contains("as expected"), r.out());
        assertTrue(r.out().endsWith("1 target: 1 as expected, 0 unexpected, 0 without a verdict\n"), r.out());
    }

    @Test
    void stoppingAtTheFirstViolationGradesItAgainstTheExpectedSet() throws IOException {
        Run catalogue = run("check", "--stop-at-first");
        assertEquals(0, catalogue.status(), catalogue.out());
        int targets = ScenarioCatalogue.fileNames().size();
        assertTrue(catalogue.out().endsWith(targets + " targets: " + targets + " as expected, 0 unexpected,"
                + " 0 without a verdict\n"), catalogue.out());
        Path claimsToHold = file("my-driver.yaml", shipped("p05a-v4-sample-inline.yaml")
                .replace("expect: {violates: [O5]}\n", ""));
        Run r = run("check", "--stop-at-first", claimsToHold.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("UNEXPECTED (expected HOLDS)"), r.out());
        Path expectsAnother = file("other.yaml", shipped("p05a-v4-sample-inline.yaml")
                .replace("expect: {violates: [O5]}", "expect: {violates: [O3]}"));
        assertEquals(1, run("check", "--stop-at-first", expectsAnother.toString()).status());
    }

    @Test
    void atLeastTheseIsAnExpectationToo() throws IOException {
        String p10 = shipped("p10-seed-escape-via-err.yaml");
        String exact = "expect: {violates: [O1, O3, O12]}";
        assertTrue(p10.contains(exact), p10);
        Run subset = run("check", file("p10-some.yaml", p10.replace(exact, "expect: {violates_at_least: [O12]}")).toString());
        assertEquals(0, subset.status(), subset.out() + subset.err());
        assertTrue(subset.out().contains("VIOLATED [O1, O3, O12]"), subset.out());
        Run exactSubset = run("check", file("p10-exact.yaml", p10.replace(exact, "expect: {violates: [O12]}")).toString());
        assertEquals(1, exactSubset.status(), exactSubset.out());
        Run missing = run("check", file("p10-more.yaml", p10.replace(exact, "expect: {violates_at_least: [O6, O12]}"))
                .toString());
        assertEquals(1, missing.status(), missing.out());
        assertTrue(missing.out().contains("UNEXPECTED (expected VIOLATED at least [O6, O12])"), missing.out());
        Path both = file("p10-both.yaml", p10.replace(exact, "expect: {violates: [O1], violates_at_least: [O3]}"));
        Run r = run("check", both.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("expect needs exactly one of 'violates' (exactly these violated) and"
                + " 'violates_at_least'"), r.err());
    }

    @Test
    void anExpectationOfAnUncheckedObligationIsRejectedWithItsPosition() throws IOException {
        Path p10 = file("p10.yaml", shipped("p10-seed-escape-via-err.yaml")
                .replace("expect: {violates: [O1, O3, O12]}", "expect: {violates: [O1, O11]}"));
        Run r = run("check", p10.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        int line = (int) shipped("p10-seed-escape-via-err.yaml").lines().takeWhile(l -> !l.startsWith("expect:"))
                .count() + 1;
        assertTrue(r.err().startsWith(p10 + ":" + line + ":25: O11 is not checked by uringcheck ("), r.err());
        assertTrue(r.err().contains("remove it from expect"), r.err());
    }

    @Test
    void aFileNamedLikeACatalogueScenarioIsWarnedAboutAndItsTokensNeedTheFile() throws IOException {
        String p5a = shipped("p05a-v4-sample-inline.yaml");
        Path mine = file("p5a-mine.yaml", p5a.replace("commands: [inline, inline]", "commands: [inline]"));
        assertTrue(!p5a.equals(Files.readString(mine)), "the copy has another environment");
        Run check = run("check", mine.toString());
        assertTrue(check.err().contains("warning: " + mine + " names its scenario 'P5a-v4-sample-inline', like a"
                + " catalogue scenario"), check.err());
        Matcher m = REPLAY.matcher(check.out());
        assertTrue(m.find(), check.out());
        assertEquals(TextReport.REPLAY_COMMAND + " --scenario " + mine, m.group(1));
        Run withoutFile = run("replay", m.group(2));
        assertEquals(2, withoutFile.status(), withoutFile.out() + withoutFile.err());
        assertTrue(withoutFile.err().contains("replay token was printed by a 'P5a-v4-sample-inline' with another"
                + " environment than the one it is replayed on"), withoutFile.err());
        assertEquals(1, run("replay", "--scenario", mine.toString(), m.group(2)).status());
        Path reworded = file("p5a-reworded.yaml", "# a comment shifts every line\n" + Files.readString(mine)
                .replace("expect: {violates: [O5]}", "expect: {violates_at_least: [O5]}"));
        assertEquals(1, run("replay", "--scenario", reworded.toString(), m.group(2)).status(),
                "comments and expect: are not part of the model");
        Path renamed = file("renamed.yaml", p5a.replace("scenario: P5a-v4-sample-inline", "scenario: my-p5a"));
        assertEquals("", run("check", renamed.toString()).err(), "a name of its own gets no warning");
    }

    @Test
    void aTokenOfAnotherScenarioIsRejected() throws IOException {
        Path p4 = file("p4.yaml", shipped("p04-kworker-done-unlocked.yaml"));
        Matcher m = REPLAY.matcher(run("check", "-t", "P5a-v4-sample-inline").out());
        assertTrue(m.find());
        Run r = run("replay", "--scenario", p4.toString(), m.group(2));
        assertEquals(2, r.status());
        assertTrue(r.err().contains("is for model 'P5a-v4-sample-inline', not for 'P4-kworker-done-unlocked'"), r.err());
    }

    @Test
    void theCatalogueReportsAreByteIdenticalTwiceExceptTheTimeLines() throws IOException {
        Run full = run("check", "--full");
        assertEquals(0, full.status(), full.out() + full.err());
        assertEquals(withoutTimes(full.out()), withoutTimes(run("check", "--full").out()));
        Run json = run("check", "--json");
        assertEquals(0, json.status());
        assertEquals(withoutTimes(new ObjectMapper().readTree(json.out())),
                withoutTimes(new ObjectMapper().readTree(run("check", "--json").out())));
    }

    @Test
    void theCatalogueRunsAsExpectedAndEveryCounterexampleReplaysFromTheCommandLine() throws IOException {
        Run check = run("check");
        assertEquals(0, check.status(), check.out() + check.err());
        int targets = ScenarioCatalogue.fileNames().size();
        assertTrue(check.out().endsWith(targets + " targets: " + targets
                + " as expected, 0 unexpected, 0 without a verdict\n"), check.out());
        Golden.assertMatches(Path.of("src/test/resources/golden/scenario-catalogue.txt"),
                withoutTimes(check.out()) + "\n");
        Matcher m = REPLAY.matcher(check.out());
        int replayed = 0;
        while (m.find()) {
            assertEquals(TextReport.REPLAY_COMMAND, m.group(1));
            Run r = run("replay", m.group(2));
            assertEquals(1, r.status(), m.group(2) + ": " + r.out() + r.err());
            replayed++;
        }
        assertTrue(replayed >= 12, "replayed " + replayed);
    }

    @Test
    void obligationsSayWhatIsCheckedAndWhereItIsViolated() throws IOException {
        Run r = run("obligations");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("     checked; violated in the catalogue by: P5a-v4-sample-inline,"
                + " c-irq-done-unlocked-cancelable, seed-task-work-flags-from-kworker,"
                + " r05-nvme-polled-end-io-before, r74-ublk-cancel-reads-io-unlocked-before\n"), r.out());
        assertFalse(r.out().contains("violated in the catalogue by: (none)"), r.out());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("     not checked: ")).count(), r.out());
        JsonNode json = new ObjectMapper().readTree(run("obligations", "--json").out());
        assertEquals(15, json.size());
        assertEquals("O11", json.get(10).get("id").asText());
        assertFalse(json.get(10).get("checked").asBoolean());
    }

    @Test
    void listShowsEveryShippedScenarioWithItsExpectation() {
        Run r = run("list");
        assertEquals(0, r.status());
        List<String> lines = r.out().lines().collect(Collectors.toList());
        assertEquals(ScenarioCatalogue.fileNames().size(), lines.size());
        assertTrue(lines.get(0).startsWith("P1-sync-complete"), lines.get(0));
        assertTrue(lines.get(4).contains("VIOLATED [O5]"), lines.get(4));
    }

    private static String withoutTimes(String text) {
        return text.lines().filter(l -> !l.startsWith(TextReport.TIME_LINE_PREFIX))
                .collect(Collectors.joining("\n"));
    }

    /** The JSON with the two timing fields of every {@code stats} object removed. */
    private static JsonNode withoutTimes(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            copy.remove(List.of("elapsedSeconds", "statesPerSecond"));
            for (Iterator<Map.Entry<String, JsonNode>> it = copy.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(withoutTimes(e.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).deepCopy();
            for (int i = 0; i < copy.size(); i++) {
                copy.set(i, withoutTimes(copy.get(i)));
            }
            return copy;
        }
        return node;
    }
}
