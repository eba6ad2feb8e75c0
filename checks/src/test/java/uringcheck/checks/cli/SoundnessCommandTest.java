package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uringcheck.checks.soundness.SoundnessReport;

/** {@code uringcheck soundness}: exit statuses, the three formats, determinism, bad input. */
class SoundnessCommandTest {

    private static String withoutTimes(String report) {
        return report.lines().filter(l -> !l.startsWith(SoundnessReport.TIME_LINE_PREFIX))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void seedIsUnsoundAndExitsOne() {
        MainTest.Run r = MainTest.run("soundness", "--abstraction", "seed", "--max-statements", "1");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("verdict: UNSOUND (safety obligations broken: O8, O13)"), r.out());
        assertTrue(r.out().contains("  C found: O8 by seed#2 (1 statement, smallest L 1)"), r.out());
        assertTrue(r.out().contains("      return Err(EAGAIN);  // 2\n"), r.out());
    }

    @Test
    void fixedIsSoundAndExitsZero() {
        MainTest.Run r = MainTest.run("soundness", "-a", "fixed", "-L", "2");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("programs: 41 compile (of 41 assembled), 30 pruned, 11 checked"), r.out());
        assertTrue(r.out().contains("verdict: SOUND up to 2 statements per handler"), r.out());
    }

    @Test
    void aStateLimitIsAnIncompleteVerdictNotAProof() {
        MainTest.Run r = MainTest.run("soundness", "-a", "fixed", "-L", "2", "--max-states", "20");
        assertEquals(3, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("verdict: INCOMPLETE (no hole found, but "), r.out());
        assertTrue(r.out().contains("incomplete: fixed#"), r.out());
    }

    @Test
    void markdownIsDeterministicApartFromTimeLines(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.md");
        Path b = dir.resolve("b.md");
        assertEquals(1, MainTest.run("soundness", "-a", "seed", "-a", "fixed", "-L", "2", "--format", "md", "-o",
                a.toString()).status());
        assertEquals(1, MainTest.run("soundness", "-a", "seed", "-a", "fixed", "-L", "2", "--format", "md", "-o",
                b.toString()).status());
        String first = Files.readString(a);
        assertEquals(withoutTimes(first), withoutTimes(Files.readString(b)));
        assertTrue(first.contains("## seed: UNSOUND up to L = 2"), first);
        assertTrue(first.contains("## fixed: SOUND up to L = 2"), first);
        assertTrue(first.contains("| C | complete(-EIOCBQUEUED) / Err(EIOCBQUEUED) / -EAGAIN where it cannot mean retry"
                + " | O8 | seed#2 | 1 | 1 |"), first);
        assertTrue(first.contains("```rust\n// abstraction: seed\n"), first);
        assertEquals(2, first.lines().filter(l -> l.startsWith(SoundnessReport.TIME_LINE_PREFIX)).count());
    }

    @Test
    void jsonCarriesVerdictsAndCounts() throws Exception {
        MainTest.Run r = MainTest.run("soundness", "-a", "v5", "-L", "1", "--format", "json");
        assertEquals(1, r.status());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("v5", root.get(0).get("abstraction").asText());
        assertEquals("UNSOUND", root.get(0).get("verdict").asText());
        assertEquals(3, root.get(0).get("programs").asInt());
        assertEquals("O8", root.get(0).get("holes").get("C").get("obligation").asText());
        assertTrue(root.get(0).get("holes").get("A").isNull());
        assertTrue(root.get(0).get("obligations").get("O2").get("liveness").asBoolean());
    }

    @Test
    void theDriverVocabularyIsNamedInTheReport() {
        MainTest.Run r = MainTest.run("soundness", "-a", "fixed", "-L", "2", "--vocabulary", "driver");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("programs: 56 compile (of 56 assembled), 41 pruned, 15 checked; states: 864"), r.out());
        assertTrue(r.out().contains("vocabulary: driver (base plus flag tests"), r.out());
        MainTest.Run base = MainTest.run("soundness", "-a", "fixed", "-L", "1");
        assertTrue(!base.out().contains("vocabulary:"), base.out());
    }

    @Test
    void badInputExitsTwoWithAMessage() {
        MainTest.Run vocabulary = MainTest.run("soundness", "-a", "seed", "--vocabulary", "c");
        assertEquals(2, vocabulary.status());
        assertTrue(vocabulary.err().contains("--vocabulary must be base or driver, not 'c'"), vocabulary.err());
        MainTest.Run shard = MainTest.run("soundness", "-a", "seed", "--vocabulary", "driver", "--shard", "0/2");
        assertEquals(2, shard.status());
        assertTrue(shard.err().contains("--shard is for the base vocabulary"), shard.err());
        MainTest.Run c = MainTest.run("soundness", "-a", "c", "-L", "1");
        assertEquals(2, c.status());
        assertTrue(c.err().contains("--abstraction must be seed, v5 or fixed, not 'c'"), c.err());
        MainTest.Run format = MainTest.run("soundness", "-a", "seed", "--format", "xml");
        assertEquals(2, format.status());
        assertTrue(format.err().contains("--format must be text, md or json, not 'xml'"), format.err());
        assertEquals(2, MainTest.run("soundness", "-L", "0").status());
        MainTest.Run huge = MainTest.run("soundness", "-L", "99");
        assertEquals(2, huge.status());
        assertEquals("", huge.out());
        assertTrue(huge.err().contains("--max-statements 99 is above 8, the largest bound measured: fixed at L = 8"
                + " enumerates 346,137 programs (about 6 minutes on two cores)"), huge.err());
        MainTest.Run unwritable = MainTest.run("soundness", "-a", "fixed", "-L", "1", "-o", "/nonexistent/dir/r.md");
        assertEquals(2, unwritable.status());
        assertTrue(unwritable.err().contains("cannot write the report to /nonexistent/dir/r.md"), unwritable.err());
    }
}
