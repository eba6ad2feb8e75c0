package uringcheck.checks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing pan's summary, on outputs SPIN 6.5.2 printed for bench/completers.pml (no SPIN needed). */
class PanOutputTest {

    @Test
    void readsAnExhaustiveSearch() throws IOException {
        PanResult r = PanOutput.parse(resource("pan-claim-3.txt"));
        assertEquals(327, r.states());
        assertEquals(787, r.transitions());
        assertEquals(14, r.depth());
        assertEquals(0, r.errors());
        assertEquals(128.653, r.memoryMegabytes(), 1e-9);
        assertEquals(0.0, r.seconds());
        assertEquals(Optional.empty(), r.incomplete());
    }

    @Test
    void readsASearchStoppedByAnAssertion() throws IOException {
        PanResult r = PanOutput.parse(resource("pan-racy-3.txt"));
        assertEquals(1, r.errors());
        assertEquals(112, r.states());
        assertEquals(Optional.of("stopped at the first error"), r.incomplete());
    }

    @Test
    void flagsASearchCutShortByTheDepthLimit() throws IOException {
        PanResult r = PanOutput.parse(resource("pan-depth-5.txt"));
        assertEquals(0, r.errors());
        assertEquals(Optional.of("max search depth too small (raise -m)"), r.incomplete());
    }

    @Test
    void readsCountsInScientificNotationAndTimes() {
        String output = "State-vector 84 byte, depth reached 42, errors: 0\n"
                + "1.2345678e+08 states, stored\n"
                + "7.6543211e+08 transitions (= stored+matched)\n"
                + " 9876.5\ttotal actual memory usage\n"
                + "pan: elapsed time 123.45 seconds\n";
        PanResult r = PanOutput.parse(output);
        assertEquals(123_456_780L, r.states());
        assertEquals(765_432_110L, r.transitions());
        assertEquals(123.45, r.seconds(), 1e-9);
        assertEquals(9876.5 * (1 << 20) / 123_456_780L, r.bytesPerState(), 1e-9);
    }

    @Test
    void readsTheVerifiersCpuTimeFromTheShellsTimesLine() {
        assertEquals(3.38, PanOutput.childCpuSeconds("pan: elapsed time 3.36 seconds\n0m0.001000s 0m0.000000s\n"
                + "0m3.360000s 0m0.020000s\n"), 1e-9);
        assertEquals(61.5, PanOutput.childCpuSeconds("0m0.000s 0m0.000s\n1m1.000s 0m0.500s\n"), 1e-9);
        assertTrue(Double.isNaN(PanOutput.childCpuSeconds("no times here")));
    }

    @Test
    void namesTheMissingLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PanOutput.parse("State-vector 28 byte, depth reached 4, errors: 0\n"));
        assertTrue(e.getMessage().contains("'N states, stored'"), e.getMessage());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PanOutputTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
