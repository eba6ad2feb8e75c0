package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uringcheck.checks.soundness.SoundnessReport;

/**
 * The sweep on several workers and across processes: {@code --workers 1} and {@code --workers 2} give
 * the same report, and three shards run as three separate JVMs ({@code java -cp} of this test's class
 * path), merged, give the report of one run, byte for byte but for the time lines. Merging refuses
 * incomplete, repeated and mismatched shard sets with exit status 2.
 */
class SoundnessShardsTest {

    private static final String[] SWEEP = {"soundness", "-a", "seed", "-a", "fixed", "-L", "2"};

    private static String withoutTimes(String report) {
        return report.lines().filter(l -> !l.startsWith(SoundnessReport.TIME_LINE_PREFIX))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void oneAndTwoWorkersGiveTheSameReport() {
        MainTest.Run one = MainTest.run(with(SWEEP, "--workers", "1", "--format", "md"));
        MainTest.Run two = MainTest.run(with(SWEEP, "--workers", "2", "--format", "md"));
        assertEquals(1, one.status(), one.err());
        assertEquals(1, two.status(), two.err());
        assertEquals(withoutTimes(one.out()), withoutTimes(two.out()));
    }

    /** Runs {@code uringcheck args} in a new JVM on this test's class path; returns its exit status. */
    private static int process(Path dir, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " did not finish");
        return p.exitValue();
    }

    @Test
    void threeShardProcessesMergeIntoTheReportOfOneRun(@TempDir Path dir) throws Exception {
        MainTest.Run single = MainTest.run(with(SWEEP, "--workers", "1"));
        assertEquals(1, single.status(), single.err());
        List<String> files = new ArrayList<>(List.of("merge"));
        for (int k = 0; k < 3; k++) {
            Path file = dir.resolve("shard-" + k + ".json");
            int status = process(dir, "shard-" + k, with(SWEEP, "--workers", "1", "--shard", k + "/3", "-o",
                    file.toString()));
            assertEquals(0, status, Files.readString(dir.resolve("shard-" + k + ".err")));
            files.add(file.toString());
        }
        MainTest.Run merged = MainTest.run(with(new String[] {"soundness"}, files.toArray(String[]::new)));
        assertEquals(1, merged.status(), merged.err());
        assertEquals(withoutTimes(single.out()), withoutTimes(merged.out()));
        assertTrue(merged.out().contains("programs: 41 compile (of 41 assembled), 30 pruned, 11 checked"),
                merged.out());
    }

    @Test
    void mergeRefusesMissingRepeatedAndMismatchedShards(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path other = dir.resolve("other.json");
        Path l1 = dir.resolve("l1.json");
        assertEquals(0, MainTest.run("soundness", "-a", "fixed", "-L", "2", "--shard", "0/2", "-o", a.toString())
                .status());
        assertEquals(0, MainTest.run("soundness", "-a", "fixed", "-L", "2", "--shard", "1/2", "-o", b.toString())
                .status());
        assertEquals(0, MainTest.run("soundness", "-a", "fixed", "-L", "2", "--shard", "1/2", "--max-states", "99",
                "-o", other.toString()).status());
        assertEquals(0, MainTest.run("soundness", "-a", "fixed", "-L", "1", "--shard", "1/2", "-o", l1.toString())
                .status());
        assertEquals(0, MainTest.run("soundness", "merge", a.toString(), b.toString()).status());
        assertRefused("fixed L=2: shard 1/2 missing; give every shard's JSON file", "merge", a.toString());
        assertRefused("fixed L=2: shard 0/2 given twice", "merge", a.toString(), b.toString(), a.toString());
        assertRefused("fixed L=2: shards ran with different --max-states (2000000 and 99)", "merge", a.toString(),
                other.toString());
        assertRefused("shards of different sweeps: fixed L=2 and fixed L=1", "merge", a.toString(), l1.toString());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"something else\"}", StandardCharsets.UTF_8);
        assertRefused(bad + ": not a shard result", "merge", a.toString(), bad.toString());
        assertRefused("--shard: '2/2' is not K/N with 0 <= K < N", "-a", "fixed", "-L", "1", "--shard", "2/2");
    }

    private static void assertRefused(String message, String... args) {
        MainTest.Run r = MainTest.run(with(new String[] {"soundness"}, args));
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
