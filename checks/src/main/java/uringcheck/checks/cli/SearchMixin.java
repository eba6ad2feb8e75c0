package uringcheck.checks.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Option;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;

/** The search options shared by {@code check} and friends: strategy, seed, limits. */
public final class SearchMixin {

    private static final Pattern TIME = Pattern.compile("(\\d+)(ms|s|m|h)");
    private static final Pattern BYTES = Pattern.compile("(\\d+)([kmg]?)");

    @Option(names = "--strategy", defaultValue = "bfs", paramLabel = "bfs|dfs|random",
            description = "bfs (shortest counterexamples, default), dfs, or random (seeded walks; never proves)")
    String strategy;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the random walks (default 1)")
    long seed;

    @Option(names = "--walks", defaultValue = "1000", description = "number of random walks (default 1000)")
    int walks;

    @Option(names = "--walk-length", defaultValue = "1000", description = "most steps per random walk (default 1000)")
    int walkLength;

    @Option(names = "--max-states", paramLabel = "N", description = "stop after N distinct states (default 50000000)")
    Long maxStates;

    @Option(names = "--max-depth", paramLabel = "N", description = "do not expand states at depth N (default 10000)")
    Integer maxDepth;

    @Option(names = "--max-time", paramLabel = "TIME", description = "time budget per search: 500ms, 30s, 10m, 1h (default 10m)")
    String maxTime;

    @Option(names = "--max-heap", paramLabel = "SIZE", description = "heap budget: bytes, or with k, m, g (default 80%% of -Xmx)")
    String maxHeap;

    @Option(names = "--stop-at-first", description = "stop at the first violation instead of reporting every violated property")
    boolean stopAtFirst;

    /** The options these flags describe; an {@link IllegalArgumentException} says which flag is wrong. */
    public SearchOptions options() {
        SearchOptions options = switch (strategy.toLowerCase(Locale.ROOT)) {
            case "bfs" -> SearchOptions.bfs();
            case "dfs" -> SearchOptions.dfs();
            case "random" -> SearchOptions.random(seed, walks, walkLength);
            default -> throw new IllegalArgumentException("--strategy must be bfs, dfs or random, not '" + strategy + "'");
        };
        Limits limits = Limits.defaults();
        if (maxStates != null) {
            limits = limits.withMaxStates(positive("--max-states", maxStates));
        }
        if (maxDepth != null) {
            limits = limits.withMaxDepth((int) positive("--max-depth", maxDepth));
        }
        if (maxTime != null) {
            limits = limits.withMaxTime(duration(maxTime));
        }
        if (maxHeap != null) {
            limits = limits.withMaxHeapBytes(bytes(maxHeap));
        }
        options = options.withLimits(limits);
        return stopAtFirst ? options.stopAtFirst() : options;
    }

    private static long positive(String flag, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(flag + " must be at least 1, not " + value);
        }
        return value;
    }

    static Duration duration(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
            if (!d.isZero()) {
                return d;
            }
        } else {
            try {
                Duration d = Duration.parse(text.strip());
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("--max-time: '" + text + "' is not a positive duration; write e.g. 500ms, 30s, 10m or 1h");
    }

    static long bytes(String text) {
        Matcher m = BYTES.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            int shift = switch (m.group(2)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            if (n > 0) {
                return n << shift;
            }
        }
        throw new IllegalArgumentException("--max-heap: '" + text + "' is not a positive size; write e.g. 1073741824, 512m or 2g");
    }
}
