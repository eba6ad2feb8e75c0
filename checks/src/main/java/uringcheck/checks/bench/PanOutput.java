package uringcheck.checks.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the summary a SPIN 6 verifier ({@code pan}) prints at the end of a search: the lines
 * {@code State-vector ... depth reached D, errors: E}, {@code S states, stored},
 * {@code T transitions (= stored+matched)}, {@code M total actual memory usage} and
 * {@code pan: elapsed time X seconds} (spin/Src/pangen1.h, {@code wrap_stats} and {@code pan_exit}).
 */
public final class PanOutput {

    private static final Pattern VECTOR = Pattern.compile("depth reached (\\d+), errors: (\\d+)");
    private static final Pattern STATES = Pattern.compile("(?m)^\\s*(\\d+(?:\\.\\d+)?(?:e\\+\\d+)?) states, stored");
    private static final Pattern TRANSITIONS = Pattern.compile(
            "(?m)^\\s*(\\d+(?:\\.\\d+)?(?:e\\+\\d+)?) transitions \\(= stored\\+matched\\)");
    private static final Pattern MEMORY = Pattern.compile("(?m)^\\s*([\\d.]+)\\s+total actual memory usage");
    private static final Pattern TIMES = Pattern.compile("(?m)^(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s$");
    private static final Pattern ELAPSED = Pattern.compile("pan: elapsed time ([\\d.e+-]+) seconds");

    private PanOutput() {
    }

    /**
     * Parses pan's output.
     *
     * @throws IllegalArgumentException naming the first summary line that is missing
     */
    public static PanResult parse(String output) {
        Matcher vector = find(VECTOR, output, "depth reached D, errors: E");
        int depth = Integer.parseInt(vector.group(1));
        int errors = Integer.parseInt(vector.group(2));
        long states = count(find(STATES, output, "N states, stored").group(1));
        long transitions = count(find(TRANSITIONS, output, "N transitions (= stored+matched)").group(1));
        double memory = Double.parseDouble(find(MEMORY, output, "M total actual memory usage").group(1));
        double seconds = Double.parseDouble(find(ELAPSED, output, "pan: elapsed time X seconds").group(1));
        Optional<String> incomplete = Optional.empty();
        if (output.contains("max search depth too small")) {
            incomplete = Optional.of("max search depth too small (raise -m)");
        } else if (errors > 0) {
            incomplete = Optional.of("stopped at the first error");
        } else if (output.contains("Search not completed")) {
            incomplete = Optional.of("search not completed");
        }
        return new PanResult(states, transitions, depth, errors, seconds, Double.NaN, memory, incomplete);
    }

    /**
     * The children's user and system CPU time from the last line of a POSIX shell's {@code times}
     * output ({@code 0m3.360000s 0m0.020000s}), in seconds; NaN when the line is missing.
     */
    public static double childCpuSeconds(String output) {
        Matcher m = TIMES.matcher(output);
        double cpu = Double.NaN;
        while (m.find()) {
            cpu = Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                    + Long.parseLong(m.group(3)) * 60 + Double.parseDouble(m.group(4));
        }
        return cpu;
    }

    private static Matcher find(Pattern pattern, String output, String line) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("pan output has no '" + line + "' line; is this the output of"
                    + " a SPIN 6 verifier that ran to the end? Output was:\n" + output);
        }
        return m;
    }

    /** SPIN prints large counts as {@code 1.2345679e+09} (pangen1.h, {@code %9.8g}). */
    private static long count(String text) {
        return text.contains("e") || text.contains(".") ? Math.round(Double.parseDouble(text)) : Long.parseLong(text);
    }
}
