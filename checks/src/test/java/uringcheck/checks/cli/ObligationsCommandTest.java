package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uringcheck.checks.cli.MainTest.Run;
import uringcheck.checks.scenario.ScenarioTargets;

/** {@code uringcheck obligations --abstraction A --format md|html} and {@code --patch FILE}. */
class ObligationsCommandTest {

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return MainTest.run(ScenarioTargets.shipped(), args);
    }

    @Test
    void theDocumentOfAnAbstractionInMarkdownAndHtml() throws IOException {
        Run md = run("obligations", "--abstraction", "seed", "-L", "1");
        assertEquals(0, md.status(), md.err());
        assertTrue(md.out().startsWith("# Proof obligations under the seed abstraction\n"), md.out());
        assertTrue(md.out().contains("| O13 | the driver | violated (seed#3, smallest L 1) |"), md.out());
        Path html = dir.resolve("c.html");
        Run c = run("obligations", "--abstraction", "c", "--format", "html", "-o", html.toString());
        assertEquals(0, c.status(), c.err());
        assertEquals("", c.out());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<title>Proof obligations under the c abstraction</title>"), page);
        assertTrue(page.contains("<code>c-read-pdu-after-done</code>"), page);
    }

    @Test
    void todaysListIsUnchangedWithoutTheNewOptions() {
        Run list = run("obligations");
        assertEquals(0, list.status());
        assertTrue(list.out().startsWith("O1   Exactly-once completion"), list.out());
        assertFalse(list.out().contains("#"), list.out());
    }

    @Test
    void aPatchWithAnUnauditedSiteExitsOneAndNamesIt() throws IOException {
        Path mail = dir.resolve("v2.patch");
        Files.writeString(mail, String.join("\n", "diff --git a/rust/kernel/x.rs b/rust/kernel/x.rs",
                "--- a/rust/kernel/x.rs", "+++ b/rust/kernel/x.rs", "@@ -1,1 +1,3 @@", "fn f() {",
                "+ // SAFETY: trust me.", "+ unsafe { g() }", ""), StandardCharsets.UTF_8);
        Run r = run("obligations", "--patch", mail.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("| 7 | rust/kernel/x.rs:3 | block | `f` | `unsafe { g() }` | line 6 | UNAUDITED |"),
                r.out());
    }

    @Test
    void badInputAndUsageExitTwoWithAMessage() {
        String[][] cases = {
            {"obligations", "--patch", "no/such.patch"},
            {"obligations", "--patch", "pom.xml"},
            {"obligations", "--abstraction", "rust"},
            {"obligations", "--abstraction", "seed", "--format", "pdf"},
            {"obligations", "--format", "md"},
            {"obligations", "--abstraction", "c", "-L", "2"},
            {"obligations", "--abstraction", "fixed", "-L", "9"},
            {"obligations", "--json", "--abstraction", "seed"},
        };
        String[] messages = {
            "no/such.patch: no such file: check the path",
            "pom.xml: not a patch: no hunk header",
            "--abstraction must be seed, v5, fixed or c, not 'rust'",
            "--format must be md or html, not 'pdf'",
            "the document needs --abstraction seed, v5, fixed or c",
            "--max-statements bounds the soundness sweep, which does not apply to c",
            "--max-statements 9 is above 8",
            "--json lists the obligations",
        };
        for (int i = 0; i < cases.length; i++) {
            Run r = run(cases[i]);
            assertEquals(2, r.status(), String.join(" ", cases[i]) + ": " + r.err());
            assertTrue(r.err().contains(messages[i]), r.err());
        }
    }
}
