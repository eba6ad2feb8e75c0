package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uringcheck.checks.cli.MainTest.Run;
import uringcheck.checks.explore.Interrupt;
import uringcheck.checks.scenario.ScenarioTargets;

/** SIGINT stops the searches; what was explored so far is printed as INCOMPLETE and the exit status is 130. */
class SigIntTest {

    @TempDir
    Path dir;

    @Test
    void anInterruptedSearchIsReportedAsIncomplete() {
        Interrupt.request();
        try {
            Run r = MainTest.run(ScenarioTargets.shipped(), "check", "-t", "P1-sync-complete");
            assertEquals(Main.LIMIT, r.status(), r.out() + r.err());
            assertTrue(r.out().contains("INCOMPLETE (interrupted)"), r.out());
        } finally {
            Interrupt.clear();
        }
    }

    /**
     * The real thing: the command line in its own JVM, a sweep that runs for minutes (v5 at L = 4), SIGINT once
     * it has done some work (measured by its CPU time, not by a sleep), and the report of what it explored.
     */
    @Test
    void sigintDuringASweepPrintsWhatWasExploredAndExits130() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "soundness", "-a", "v5", "-L", "4").redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            while (p.isAlive() && p.info().totalCpuDuration().orElse(Duration.ZERO).compareTo(Duration.ofSeconds(4)) < 0) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "the sweep ended before it could be interrupted: " + Files.readString(err));
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(SigInt.GRACE_SECONDS + 50, TimeUnit.SECONDS), "no exit after SIGINT");
        } finally {
            p.destroyForcibly();
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(Main.INTERRUPTED, p.exitValue(), stdout + stderr);
        assertEquals(List.of("uringcheck: interrupted: stopping the search and reporting what was explored"),
                stderr.lines().toList());
        assertTrue(stdout.contains("soundness sweep: abstraction v5, at most 4 statements per handler"), stdout);
        assertTrue(stdout.contains("incomplete: interrupted after "), stdout);
    }
}
