package uringcheck.checks.explore;

/**
 * Observes a running search, for progress displays: {@link #progress} is called from the searching thread
 * when a state is about to be expanded and at least {@link #periodNanos()} have passed since the last
 * call (the first call comes one period after the search starts). It must not influence the search:
 * verdicts, counts and traces are the same with any listener.
 */
public interface SearchListener {

    /** The listener of a search nobody watches: never called. */
    SearchListener NONE = new SearchListener() {
        @Override
        public void progress(SearchProgress progress) {
        }

        @Override
        public long periodNanos() {
            return Long.MAX_VALUE / 4;
        }
    };

    /** Called at most once per {@link #periodNanos()} with the search's counts so far. */
    void progress(SearchProgress progress);

    /** The least time between two calls of {@link #progress}; one second unless overridden. */
    default long periodNanos() {
        return 1_000_000_000L;
    }

    /**
     * Called when a counterexample found on the symmetry quotient had no concrete counterpart and the
     * search is run again without symmetry reduction ({@link SymmetryReduced}); {@code why} says what failed.
     */
    default void symmetryFallback(String why) {
    }
}
