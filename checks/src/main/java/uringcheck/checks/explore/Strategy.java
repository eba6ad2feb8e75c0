package uringcheck.checks.explore;

/**
 * How {@link Explorer} walks a model's state graph, with the options of that walk and no other. A
 * strategy decides only which state to expand next and which successors to follow; everything else
 * (fingerprints, limits, property checks, counterexamples, statistics) is the shared {@link Search}'s job.
 */
public sealed interface Strategy {

    /** Walks the model through {@code search} until done or {@link Search#stopped()}. */
    <S, A> void run(Search<S, A> search);

    /**
     * Whether the walk visits every reachable state its limits allow, so that always-recoverable
     * properties can be decided on the explored graph.
     */
    boolean coversTheGraph();

    /** A one-line description, as printed in reports (a random search names its seed). */
    String describe();

    /** Breadth-first: exhaustive, and every counterexample it reports is a shortest one. */
    record Bfs() implements Strategy {
        @Override
        public <S, A> void run(Search<S, A> search) {
            new GraphSearch(false).run(search);
        }

        @Override
        public boolean coversTheGraph() {
            return true;
        }

        @Override
        public String describe() {
            return "bfs";
        }
    }

    /** Depth-first: exhaustive, counterexamples are not necessarily shortest. */
    record Dfs() implements Strategy {
        @Override
        public <S, A> void run(Search<S, A> search) {
            new GraphSearch(true).run(search);
        }

        @Override
        public boolean coversTheGraph() {
            return true;
        }

        @Override
        public String describe() {
            return "dfs";
        }
    }

    /**
     * Seeded random walks: finds bugs in models too big to exhaust, never proves a property.
     *
     * @param seed   the seed of every choice (printed in reports, so a run can be repeated)
     * @param walks  the number of walks, at least 1
     * @param length the most steps per walk, at least 1
     */
    record RandomWalks(long seed, int walks, int length) implements Strategy {
        public RandomWalks {
            if (walks < 1 || length < 1) {
                throw new IllegalArgumentException("random search needs at least one walk of at least one step, got "
                        + walks + " walks of length " + length);
            }
        }

        @Override
        public <S, A> void run(Search<S, A> search) {
            new RandomWalker(this).run(search);
        }

        @Override
        public boolean coversTheGraph() {
            return false;
        }

        @Override
        public String describe() {
            return "random (seed " + seed + ", " + walks + " walks of at most " + length + " steps)";
        }
    }

    /**
     * Re-execution of one action path, as encoded in a replay token.
     *
     * @param path     the action path to re-execute
     * @param trapStep for a replayed always-recoverable counterexample, the step at which the trap is
     *                 entered; -1 otherwise
     */
    record Replay(ActionPath path, int trapStep) implements Strategy {
        public Replay {
            if (path == null) {
                throw new IllegalArgumentException("replay needs an action path");
            }
            if (trapStep < -1 || trapStep > path.length()) {
                throw new IllegalArgumentException("trap step " + trapStep + " outside the path of length "
                        + path.length());
            }
        }

        @Override
        public <S, A> void run(Search<S, A> search) {
            new PathReplay(this).run(search);
        }

        @Override
        public boolean coversTheGraph() {
            return false;
        }

        @Override
        public String describe() {
            return "replay of " + path.length() + " steps";
        }
    }
}
