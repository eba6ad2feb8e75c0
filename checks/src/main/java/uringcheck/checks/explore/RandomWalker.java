package uringcheck.checks.explore;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs {@link Strategy.RandomWalks}: each walk starts at a random initial state and takes up to
 * {@link Strategy.RandomWalks#length()} uniformly chosen enabled actions, stopping early at a quiescent
 * state. All choices come from one {@link SplittableRandom} seeded with {@link Strategy.RandomWalks#seed()}, so
 * the same seed gives the same walks. A counterexample is the walk itself (not a shortest path). Random
 * walks never prove a property: without a violation the verdict is {@link Verdict#INCOMPLETE}, and the
 * report names the seed.
 */
final class RandomWalker {

    private final Strategy.RandomWalks options;
    private int[] steps = new int[16];
    private int length;
    private int initialIndex;

    RandomWalker(Strategy.RandomWalks options) {
        this.options = options;
    }

    <S, A> void run(Search<S, A> search) {
        SplittableRandom random = new SplittableRandom(options.seed());
        List<S> initial = search.model().initialStates();
        search.usePaths(id -> new ActionPath(initialIndex, Arrays.copyOf(steps, length)));
        for (int walk = 0; walk < options.walks() && !search.stopped(); walk++) {
            initialIndex = random.nextInt(initial.size());
            length = 0;
            S state = initial.get(initialIndex);
            int id = search.addInitial(state, initialIndex);
            for (int depth = 0; depth < options.length() && !search.stopped(); depth++) {
                List<A> actions = search.expand(state, id, depth);
                if (actions == null || actions.isEmpty()) {
                    break;
                }
                int a = random.nextInt(actions.size());
                if (length == steps.length) {
                    steps = Arrays.copyOf(steps, length * 2);
                }
                steps[length++] = a;
                state = search.model().next(state, actions.get(a));
                id = search.addSuccessor(state, id, a, depth + 1);
            }
        }
        search.notExhaustive("walk budget used up: " + options.walks() + " walks of at most "
                + options.length() + " steps, seed " + options.seed());
    }
}
