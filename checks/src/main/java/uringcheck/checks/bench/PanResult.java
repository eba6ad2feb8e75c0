package uringcheck.checks.bench;

import java.util.Optional;

/**
 * What one run of a SPIN verifier ({@code pan}) reported.
 *
 * @param states        "states, stored": distinct states SPIN stored
 * @param transitions   "transitions (= stored+matched)": SPIN counts the initial state as one, so for an
 *                      exhaustive search this is uringcheck's transition count plus the initial states
 * @param depth         "depth reached"
 * @param errors        the "errors:" count (assertion violations, invalid end states)
 * @param seconds       pan's own "elapsed time" of the search (compilation excluded); 0 when it printed 0
 * @param cpuSeconds    user plus system CPU time of the pan process, or NaN when unknown
 * @param memoryMegabytes "total actual memory usage", in SPIN's megabytes (2^20 bytes)
 * @param incomplete    why the search is not exhaustive (a depth limit, an error stopped it), if it is not
 */
public record PanResult(long states, long transitions, int depth, int errors, double seconds, double cpuSeconds,
                        double memoryMegabytes, Optional<String> incomplete) {

    /** This result with the pan process's CPU time. */
    public PanResult withCpuSeconds(double cpu) {
        return new PanResult(states, transitions, depth, errors, seconds, cpu, memoryMegabytes, incomplete);
    }

    /** Bytes of memory pan used per stored state. */
    public double bytesPerState() {
        return states == 0 ? 0 : memoryMegabytes * (1 << 20) / states;
    }
}
