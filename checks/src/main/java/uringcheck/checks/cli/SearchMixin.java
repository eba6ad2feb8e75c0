package uringcheck.checks.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Option;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Strategy;
import uringcheck.checks.explore.UsageException;

/** The search options shared by {@code check} and friends: strategy, seed, limits. */
public final class SearchMixin {

    private static final Pattern TIME = Pattern.compile("(\\d+)(ms|s|m|h)");
    private static final Pattern BYTES = Pattern.compile("(\\d+)([kmg]?)");
    private static final int DEFAULT_WALKS = 1000;
    private static final int DEFAULT_WALK_LENGTH = 1000;

    @Option(names = "--strategy", defaultValue = "bfs", paramLabel = "bfs|dfs|random",
            description = "bfs (shortest counterexamples, default), dfs, or random (seeded walks; never proves)")
    String strategy;

    @Option(names = "--seed", description = "seed of the random walks (with --strategy random; default 1)")
    Long seed;

    @Option(names = "--walks", description = "number of random walks (with --strategy random; default 1000)")
    Integer walks;

    @Option(names = "--walk-length", description = "most steps per random walk (with --strategy random; default 1000)")
    Integer walkLength;

    @Option(names = "--max-states", paramLabel = "N", description = "stop after N distinct states (default 50000000)")
    Long maxStates;

    @Option(names = "--max-depth", paramLabel = "N", description = "do not expand states at depth N (default 10000)")
    Integer maxDepth;

    @Option(names = "--max-time", paramLabel = "TIME", description = "time budget per search: 500ms, 30s, 10m, 1h (default 10m)")
    String maxTime;

    @Option(names = "--max-heap", paramLabel = "SIZE", description = "heap budget: bytes, or with k, m, g (default 80%% of -Xmx)")
    String maxHeap;

    @Option(names = "--workers", paramLabel = "N",
            description = "threads of a bfs search (default: all cores); the report is the same for every N")
    Integer workers;

    @Option(names = "--stop-at-first", description = "stop at the first violation instead of reporting every violated property")
    boolean stopAtFirst;

    @Option(names = "--no-symmetry", description = "store every concrete state instead of one per symmetry class"
            + " (contexts' order, interchangeable commands); the verdicts are the same")
    boolean noSymmetry;

    @Option(names = "--no-por", description = "explore every enabled action of every state instead of one private"
            + " step of one context where there is one (partial-order reduction); the verdicts are the same")
    boolean noPor;

    /** The options these flags describe; a {@link UsageException} says which flag is wrong. */
    public SearchOptions options() {
        return new SearchOptions(strategy(), limits(), stopAtFirst, workers(), !noSymmetry, !noPor);
    }

    /** The worker count: {@code --workers}, or every core the JVM may use. */
    public int workers() {
        return workers == null ? Runtime.getRuntime().availableProcessors() : (int) positive("--workers", workers);
    }

    private Strategy strategy() {
        String name = strategy.toLowerCase(Locale.ROOT);
        List<String> randomOnly = randomOnly();
        if (!name.equals("random") && !randomOnly.isEmpty()) {
            throw new UsageException(String.join(", ", randomOnly) + " set" + (randomOnly.size() == 1 ? "s" : "")
                    + " up random walks: add --strategy random, or drop " + String.join(", ", randomOnly)
                    + " (this search is " + name + ")");
        }
        return switch (name) {
            case "bfs" -> new Strategy.Bfs();
            case "dfs" -> new Strategy.Dfs();
            case "random" -> new Strategy.RandomWalks(seed == null ? 1 : seed,
                    walks == null ? DEFAULT_WALKS : (int) positive("--walks", walks),
                    walkLength == null ? DEFAULT_WALK_LENGTH : (int) positive("--walk-length", walkLength));
            default -> throw new UsageException("--strategy must be bfs, dfs or random, not '" + strategy + "'");
        };
    }

    /** The random-walk flags given on the command line, in option order. */
    private List<String> randomOnly() {
        List<String> given = new ArrayList<>();
        if (seed != null) {
            given.add("--seed");
        }
        if (walks != null) {
            given.add("--walks");
        }
        if (walkLength != null) {
            given.add("--walk-length");
        }
        return given;
    }

    private Limits limits() {
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
        return limits;
    }

    private static long positive(String flag, long value) {
        if (value < 1) {
            throw new UsageException(flag + " must be at least 1, not " + value);
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
        throw new UsageException("--max-time: '" + text + "' is not a positive duration; write e.g. 500ms, 30s, 10m or 1h");
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
        throw new UsageException("--max-heap: '" + text + "' is not a positive size; write e.g. 1073741824, 512m or 2g");
    }
}
