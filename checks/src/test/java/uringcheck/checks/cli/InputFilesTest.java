package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uringcheck.checks.cli.MainTest.Run;
import uringcheck.checks.scenario.ScenarioTargets;

/**
 * Files that are not UTF-8 text, given where a scenario file or a patch is expected: each is refused with
 * exit 2 and a message naming the file, what it is and the fix, and never a Java exception; a FIFO is
 * refused without being opened.
 */
class InputFilesTest {

    @TempDir
    Path dir;

    private static Run check(Path file) {
        return MainTest.run(ScenarioTargets.shipped(), "check", file.toString());
    }

    private static void refused(Run r, String expected) {
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void aDirectoryIsNamedAsSuch() {
        refused(check(dir), dir + ": is a directory, not a scenario file: name a file in it");
    }

    @Test
    void aBinaryFileIsNamedAsSuch() throws IOException {
        Path bin = dir.resolve("a.out");
        Files.write(bin, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        refused(check(bin), bin + ": is a binary file (a NUL byte at offset 7), not a scenario file: check the path");
    }

    @Test
    void utf16WithAndWithoutAByteOrderMarkIsNamedWithTheConversion() throws IOException {
        Path marked = dir.resolve("marked.yaml");
        Files.write(marked, "scenario: x\n".getBytes(StandardCharsets.UTF_16));
        refused(check(marked), marked + ": is UTF-16 text; a scenario file must be UTF-8: convert it, e.g. iconv -f"
                + " UTF-16 -t UTF-8 " + marked + " > converted");
        Path bare = dir.resolve("bare.yaml");
        Files.write(bare, "scenario: x\n".getBytes(StandardCharsets.UTF_16LE));
        refused(check(bare), bare + ": is UTF-16 text");
    }

    @Test
    void latin1IsNotUtf8AndAUtf8ByteOrderMarkIsAccepted() throws IOException {
        Path latin = dir.resolve("latin.yaml");
        Files.write(latin, "scenario: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(check(latin), latin + ": is not UTF-8 text: save it as UTF-8");
        Path bom = dir.resolve("bom.yaml");
        byte[] text = Files.readAllBytes(Path.of("src/main/resources/scenarios/p01-sync-complete.yaml"));
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        Files.write(bom, marked);
        Run r = check(bom);
        assertEquals(0, r.status(), r.out() + r.err());
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo is part of coreutils");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(fifo));
        refused(r, fifo + ": is not a regular file (a FIFO, socket or device): uringcheck reads a scenario file"
                + " from a file; save the input to a file and name that");
        Run patch = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> MainTest.run("obligations", "--patch", fifo.toString()));
        refused(patch, "is not a regular file");
    }

    @Test
    void everyProblemFileIsReportedInOneRun() throws IOException {
        Path bin = dir.resolve("b.bin");
        Files.write(bin, new byte[] {1, 0});
        Run r = MainTest.run(ScenarioTargets.shipped(), "check", dir.toString(), bin.toString(),
                dir.resolve("nope.yaml").toString());
        refused(r, "3 problems in scenario files");
        assertTrue(r.err().contains(dir.resolve("nope.yaml") + ": no such file: check the path"), r.err());
    }
}
