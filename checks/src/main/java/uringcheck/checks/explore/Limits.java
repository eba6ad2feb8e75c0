package uringcheck.checks.explore;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Resource limits of one search. Every limit is checked at every step, never every N steps, so a tiny
 * limit is honoured exactly: the state limit on every new state, the depth, time and heap limits on every
 * state expansion (before the state's actions are computed). Reaching one
 * makes the verdict {@link Verdict#INCOMPLETE} (unless a violation was already found), never
 * {@link Verdict#HOLDS}.
 *
 * @param maxStates    the most distinct states to store; discovering one more stops the search
 * @param maxDepth     states at this depth (number of actions from an initial state) are not expanded
 * @param maxTime      the wall-clock budget of the search
 * @param maxHeapBytes the most heap in use ({@code totalMemory - freeMemory}, sampled when the search
 *                     starts and after every garbage collection, so close to the live data; a sample
 *                     over the limit is confirmed after a full collection before the search stops)
 */
public record Limits(long maxStates, int maxDepth, Duration maxTime, long maxHeapBytes) {

    public Limits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxStates < 1 || maxDepth < 0 || maxTime.isNegative() || maxTime.isZero() || maxHeapBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: states=" + maxStates
                    + ", depth=" + maxDepth + ", time=" + maxTime + ", heap=" + maxHeapBytes);
        }
    }

    /**
     * Generous but finite: 50 million states, depth 10,000, 10 minutes, 80% of the JVM's maximum heap.
     */
    public static Limits defaults() {
        return new Limits(50_000_000L, 10_000, Duration.ofMinutes(10),
                (long) (Runtime.getRuntime().maxMemory() * 0.8));
    }

    /** These limits with another state limit. */
    public Limits withMaxStates(long states) {
        return new Limits(states, maxDepth, maxTime, maxHeapBytes);
    }

    /** These limits with another depth limit. */
    public Limits withMaxDepth(int depth) {
        return new Limits(maxStates, depth, maxTime, maxHeapBytes);
    }

    /** These limits with another time budget. */
    public Limits withMaxTime(Duration time) {
        return new Limits(maxStates, maxDepth, time, maxHeapBytes);
    }

    /** These limits with another heap limit. */
    public Limits withMaxHeapBytes(long bytes) {
        return new Limits(maxStates, maxDepth, maxTime, bytes);
    }

    String describeTime() {
        return String.format(Locale.ROOT, "%.3f s", maxTime.toNanos() / 1e9);
    }
}
