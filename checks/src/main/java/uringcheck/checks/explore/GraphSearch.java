package uringcheck.checks.explore;

import java.util.List;

import uringcheck.model.Stepper;

/**
 * Exhaustive search over the state graph, breadth-first (a FIFO frontier: the first violation found of
 * every property is at the smallest depth, so its counterexample is a shortest one) or depth-first (a
 * LIFO frontier). Each state is expanded once: successors whose fingerprint is already stored are not
 * queued again, nor built: the search steps through the model's {@link uringcheck.model.Model#stepper}, which
 * gives a successor's fingerprint first.
 */
final class GraphSearch {

    private final boolean depthFirst;

    GraphSearch(boolean depthFirst) {
        this.depthFirst = depthFirst;
    }

    <S, A> void run(Search<S, A> search) {
        Frontier frontier = Frontier.seeded(search, depthFirst);
        Stepper<S, A> stepper = search.model().stepper(false);
        while (!frontier.isEmpty() && !search.stopped()) {
            frontier.pop();
            S state = frontier.state();
            int id = frontier.id();
            int depth = frontier.depth();
            List<A> actions = search.expand(state, id, depth);
            if (actions == null) {
                continue;
            }
            for (int a = 0; a < actions.size(); a++) {
                long fingerprint = stepper.step(state, actions.get(a));
                int nextId = search.addSuccessor(stepper, fingerprint, id, a, depth + 1);
                if (nextId >= 0) {
                    frontier.push(stepper.successor(), nextId, depth + 1);
                }
                if (search.stopped()) {
                    return;
                }
            }
        }
        if (!search.stopped()) {
            search.exhausted();
        }
    }
}
