package uringcheck.checks.explore;

/**
 * One way of walking a model's state graph. A strategy decides only which state to expand next and
 * which successors to follow; everything else (fingerprints, limits, property checks, counterexamples,
 * statistics) is the shared {@link Search}'s job, so each strategy stays a few dozen lines.
 */
interface SearchStrategy {

    /** Walks the model through {@code search} until done or {@link Search#stopped()}. */
    <S, A> void run(Search<S, A> search);

    /** The strategy for {@code options}. */
    static SearchStrategy of(SearchOptions options) {
        return switch (options.strategy()) {
            case BFS -> new GraphSearch(false);
            case DFS -> new GraphSearch(true);
            case RANDOM -> new RandomWalks();
            case REPLAY -> new PathReplay();
        };
    }
}
