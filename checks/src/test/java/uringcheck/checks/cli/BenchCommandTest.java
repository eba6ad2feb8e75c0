package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uringcheck.checks.catalogue.Toys;

/** {@code uringcheck bench} without SPIN (tests never need it): rows, verdicts, bad usage. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Main.commandLine(Toys.catalogue());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void printsTheExplorersRowForEachN() {
        assertEquals(Main.OK, run("bench", "--n", "2,3", "--spin", "off", "--p7", "1,2", "--real", "0", "--workers",
                "2"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("spin: off (--spin off)"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck +49 +80 +10  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  3  uringcheck +327 +786 +14  HOLDS .*"), text);
        assertTrue(text.contains("lifecycle model: P7 (p07-ublk-cancel-claim.yaml, ublk-style cancel claim) with C"
                + " commands, breadth-first, 1 and 2 workers"), text);
        assertTrue(text.matches("(?s).*\\n  1  uringcheck w=1 +73 .*  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=2 +1,758 +3,237 +31  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=1 no-por +2,417 +6,802 +31  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  partial order: states /1\\.37, transitions /2\\.10, wall /[0-9.]+,"
                + " cpu [-/0-9.]+; verdict equal\\n.*"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=1 no-sym +1,758 +3,237 +31  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  symmetry: states /1\\.00, transitions /1\\.00, wall /[0-9.]+,"
                + " cpu [-/0-9.]+; verdict equal\\n.*"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=1 unreduced +3,189 +8,906 +31  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  both reductions: states /1\\.81, transitions /2\\.75,"
                + " wall /[0-9.]+, cpu [-/0-9.]+; verdict equal\\n.*"), text);
        assertTrue(text.matches("(?s).*\\n  2  2 workers / 1: wall [0-9.]+, cpu [0-9.]+, states/s x[0-9.]+;"
                + " counts equal\\n.*"), text);
        assertTrue(!text.contains("r80"), text);
    }

    @Test
    void measuresTheRealDriverWithAndWithoutEachReduction() {
        assertEquals(Main.OK, run("bench", "--n", "2", "--spin", "off", "--p7", "0", "--real", "2", "--workers", "2"),
                err.toString());
        String text = out.toString();
        assertTrue(text.contains("lifecycle model: r80 (r80-nvme-uring-cmd-pdu-fields.yaml, nvme passthrough, a real"
                + " driver) with C commands, breadth-first, 1 and 2 workers"), text);
        assertTrue(!text.contains("P7"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=1 +2,000 +5,035 +36  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=2 +2,000 +5,035 +36  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=1 no-por +2,008 +5,529 +36  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=1 no-sym +2,688 +7,315 +36  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=1 unreduced +2,696 +7,889 +36  HOLDS .*"), text);
        assertTrue(text.matches("(?s).*\\n  2  both reductions: states /1\\.35, transitions /1\\.57,.*"), text);
    }

    @Test
    void reducedOnlyLeavesOutTheRowsWithoutAReduction() {
        assertEquals(Main.OK, run("bench", "--n", "2", "--spin", "off", "--p7", "2", "--real", "0", "--workers", "1",
                "--reduced-only"), err.toString());
        String text = out.toString();
        assertTrue(text.matches("(?s).*\\n  2  uringcheck w=1 +1,758 +3,237 +31  HOLDS .*"), text);
        assertTrue(!text.contains("no-por") && !text.contains("unreduced") && !text.contains("workers / 1"), text);
    }

    @Test
    void fiveCommandsOfP7RunWithinTheTimeBudgetAndALimitExitsThree() {
        assertEquals(Main.LIMIT, run("bench", "--n", "2", "--spin", "off", "--p7", "5", "--real", "0", "--workers", "1",
                "--reduced-only", "--max-time", "1s"), err.toString());
        assertTrue(out.toString().matches("(?s).*\\n  5  uringcheck w=1 .* INCOMPLETE: .*"), out.toString());
    }

    @Test
    void rejectsAnOutOfRangeCommandCount() {
        assertEquals(Main.BAD_INPUT, run("bench", "--p7", "7", "--spin", "off"));
        assertTrue(err.toString().contains("--p7 7: the number of commands must be between 1 and 6"), err.toString());
    }

    @Test
    void rejectsAnOutOfRangeRealDriverCommandCount() {
        assertEquals(Main.BAD_INPUT, run("bench", "--real", "7", "--spin", "off"));
        assertTrue(err.toString().contains("--real 7: the number of commands must be between 1 and 6"), err.toString());
    }

    @Test
    void racyVariantReportsTheTenStepViolation() {
        assertEquals(Main.OK, run("bench", "--n", "3", "--variant", "racy", "--spin", "off", "--p7", "0", "--real", "0"), err.toString());
        assertTrue(out.toString().contains("VIOLATED O1 in 10 steps"), out.toString());
    }

    @Test
    void rejectsAnOutOfRangeN() {
        assertEquals(Main.BAD_INPUT, run("bench", "--n", "13", "--spin", "off"));
        assertTrue(err.toString().contains("--n 13: the number of completers must be between 1 and 12"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void rejectsAnUnknownVariantAndSpinMode() {
        assertEquals(Main.BAD_INPUT, run("bench", "--variant", "lucky", "--spin", "off"));
        assertTrue(err.toString().contains("--variant lucky: use claim or racy"), err.toString());
        assertEquals(Main.BAD_INPUT, run("bench", "--spin", "maybe"));
        assertTrue(err.toString().contains("--spin maybe: use auto or off"), err.toString());
    }

    @Test
    void rejectsAWorkDirectoryThatCannotBeOneWithStatusTwo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        assertEquals(Main.BAD_INPUT, run("bench", "--n", "2", "--work-dir", file.toString()));
        assertTrue(err.toString().contains("--work-dir " + file + ": not a directory"), err.toString());
        assertEquals(Main.BAD_INPUT, run("bench", "--n", "2", "--spin", "off", "--work-dir", dir.toString()));
        assertTrue(err.toString().contains("--work-dir keeps SPIN's files, and --spin off runs no SPIN"),
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void rejectsABadTimeBudget() {
        assertEquals(Main.BAD_INPUT, run("bench", "--max-time", "soon", "--spin", "off"));
        assertTrue(err.toString().contains("--max-time: 'soon' is not a positive duration"), err.toString());
    }

    @Test
    void rejectsANonNumericN() {
        assertEquals(Main.BAD_INPUT, run("bench", "--n", "eight"));
        assertTrue(err.toString().contains("eight"), err.toString());
    }
}
