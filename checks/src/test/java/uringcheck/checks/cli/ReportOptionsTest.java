package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uringcheck.checks.catalogue.Catalogue;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.report.HtmlReport;
import uringcheck.checks.scenario.ScenarioTargets;

/** {@code check}'s report options end to end: files written, stdout formats, progress only on stderr. */
class ReportOptionsTest {

    private static final String P8 = "src/main/resources/scenarios/p08-ublk-cancel-no-claim.yaml";
    private static final Path OUT = Path.of("target", "report-options-test");

    @Test
    void progressGoesToStderrAndLeavesStdoutAlone() {
        Catalogue shipped = ScenarioTargets.shipped();
        MainTest.Run plain = MainTest.run(shipped, "check", "-t", "P7-ublk-cancel-claim", "-t", "P8-ublk-cancel-no-claim");
        MainTest.Run watched = MainTest.run(shipped, "check", "--progress", "-t", "P7-ublk-cancel-claim",
                "-t", "P8-ublk-cancel-no-claim");
        assertEquals(plain.status(), watched.status());
        assertEquals(withoutTimes(plain.out()), withoutTimes(watched.out()));
        assertEquals("", plain.err());
        assertTrue(watched.err().startsWith("checked 2 targets: 1946 states in "), watched.err());
        MainTest.Run quiet = MainTest.run(shipped, "check", "--quiet", "-t", "P7-ublk-cancel-claim");
        assertEquals("", quiet.err());
        assertEquals(2, MainTest.run(shipped, "check", "--progress", "--quiet").status());
    }

    @Test
    void htmlJunitAndSarifForAScenarioFile() throws Exception {
        Path dir = OUT.resolve("html");
        Path junit = OUT.resolve("p8.xml");
        MainTest.Run r = MainTest.run("check", P8, "--format", "sarif", "--html", dir.toString(),
                "--junit-xml", junit.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(3, sarif.at("/runs/0/results").size());
        assertEquals(P8, sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        String page = Files.readString(dir.resolve(HtmlReport.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(page.contains("<h3>" + P8 + "</h3>"), "the page shows the scenario source");
        assertTrue(page.contains("replay --scenario " + Path.of(P8).toAbsolutePath().normalize() + " uc"), page);
        String xml = Files.readString(junit, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<testsuite name=\"P8-ublk-cancel-no-claim\" tests=\"17\" failures=\"0\""), xml);
    }

    @Test
    void briefPrintsCompactTracesForFiles() {
        MainTest.Run r = MainTest.run("check", "--brief", P8);
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("0. initial:"), r.out());
        assertTrue(r.out().contains("       12    24" + " ".repeat(30) + "VIOLATES O3,O9: done(cmd#0"),
                r.out());
        assertTrue(r.out().lines().filter(l -> l.startsWith("      ")).allMatch(l -> l.length() <= 100));
        assertEquals(2, MainTest.run("check", "--brief", "--full", P8).status());
        assertEquals(2, MainTest.run("check", "--format", "xml", P8).status());
        assertEquals(2, MainTest.run("check", "--json", "--format", "sarif", P8).status());
    }

    @Test
    void soundnessWritesItsHtmlReport() throws Exception {
        Path dir = OUT.resolve("soundness");
        MainTest.Run r = MainTest.run("soundness", "-a", "fixed", "-L", "1", "--html", dir.toString());
        assertEquals(0, r.status(), r.err());
        String page = Files.readString(dir.resolve(HtmlReport.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(page.contains("<td>fixed (L = 1)</td><td>SOUND up to 1 statements per handler"), page);
    }

    private static String withoutTimes(String text) {
        return text.lines().filter(l -> !l.startsWith(TextReport.TIME_LINE_PREFIX)).collect(Collectors.joining("\n"));
    }
}
