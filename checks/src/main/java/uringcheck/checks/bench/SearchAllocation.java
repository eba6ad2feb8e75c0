package uringcheck.checks.bench;

import java.lang.management.ManagementFactory;

/**
 * The bytes the calling thread allocates between {@link #start} and {@link #bytes}, as the JVM counts them
 * per thread ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}): garbage included,
 * nothing freed subtracted. A breadth-first search on one worker runs entirely on the calling thread, so
 * this is what the search allocates; with more workers the other threads' share is not counted, and the
 * benchmark says so instead of printing a figure.
 */
final class SearchAllocation {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final long before;

    private SearchAllocation(long before) {
        this.before = before;
    }

    /** Starts counting on the calling thread. */
    static SearchAllocation start() {
        return new SearchAllocation(current());
    }

    /** The bytes allocated by the calling thread since {@link #start}, or -1 when the JVM does not count them. */
    long bytes() {
        long now = current();
        return before < 0 || now < 0 ? -1 : now - before;
    }

    private static long current() {
        return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            t.setThreadAllocatedMemoryEnabled(true);
            return t;
        }
        return null;
    }
}
