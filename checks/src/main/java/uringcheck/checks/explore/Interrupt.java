package uringcheck.checks.explore;

/**
 * A request from outside the search (the user's SIGINT or SIGTERM) to stop: every search stops at its next state
 * expansion as if a limit had been reached ({@link #LIMIT}), so its verdict is {@link Verdict#INCOMPLETE}
 * and what it explored so far is reported. The request stays until {@link #clear()}.
 */
public final class Interrupt {

    /** What {@link CheckResult#limitReached()} says of a search the request stopped. */
    public static final String LIMIT = "interrupted";

    private static volatile boolean requested;

    private Interrupt() {
    }

    /** Asks every running and later search to stop. Safe to call from a signal handler thread. */
    public static void request() {
        requested = true;
    }

    /** Whether a stop was requested. */
    public static boolean requested() {
        return requested;
    }

    /** Withdraws the request (a new run in the same JVM). */
    public static void clear() {
        requested = false;
    }
}
