package uringcheck.checks.explore;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random walks: each walk starts at a random initial state and takes up to
 * {@link SearchOptions#walkLength()} uniformly chosen enabled actions, stopping early at a quiescent
 * state. All choices come from one {@link SplittableRandom} seeded with {@link SearchOptions#seed()}, so
 * the same seed gives the same walks. A counterexample is the walk itself (not a shortest path). Random
 * walks never prove a property: without a violation the verdict is {@link Verdict#INCOMPLETE}, and the
 * report names the seed.
 */
final class RandomWalks implements SearchStrategy {

    private int[] steps = new int[16];
    private int length;
    private int initialIndex;

    @Override
    public <S, A> void run(Search<S, A> search) {
        SearchOptions options = search.options();
        SplittableRandom random = new SplittableRandom(options.seed());
        List<S> initial = search.model().initialStates();
        search.usePaths(id -> new ActionPath(initialIndex, Arrays.copyOf(steps, length)));
        for (int walk = 0; walk < options.walks() && !search.stopped(); walk++) {
            initialIndex = random.nextInt(initial.size());
            length = 0;
            S state = initial.get(initialIndex);
            int id = search.addInitial(state, initialIndex);
            for (int depth = 0; depth < options.walkLength() && !search.stopped(); depth++) {
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
                + options.walkLength() + " steps, seed " + options.seed());
    }
}
