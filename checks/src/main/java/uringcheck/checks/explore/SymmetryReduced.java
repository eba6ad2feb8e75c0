package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uringcheck.model.Model;
import uringcheck.model.Stepper;

/**
 * A model searched up to symmetry: its fingerprint is the fingerprint of the {@link Model#canonical} form
 * ({@link Model#canonicalFingerprint}),
 * so the store keeps one state per symmetry class while the search goes on expanding the concrete state it
 * reached first. Everything else is the wrapped model's, so the concrete state stored under an id is the
 * one its predecessor links re-execute to: a path to a stored state ({@link FingerprintStore#pathTo}) is
 * concrete as it is, and a safety counterexample needs nothing more.
 *
 * <p>The paths that the end-of-search analyses ({@link RecoverabilityGraph#findTrap}, {@link FairCycles})
 * take through the explored graph are paths of the quotient: an edge leads to the stored representative
 * of its target's class, while the concrete successor may be a permutation of it, whose actions are listed
 * in another order. {@link #concrete} turns such a path into a concrete one: at each step it takes the
 * action of the concrete state whose successor is in the class the quotient edge leads to; a loop that
 * ends in a permutation of its first state is unrolled (gone round again from the permuted state) until it
 * comes back to a concrete state seen at a round's start, which then starts the loop. A lasso's concrete
 * loop is checked to be fair (every fair action enabled in it is taken in it). When no concrete path is
 * found within {@link #MAX_ROUNDS} rounds, or the concrete loop is not fair, {@link NotConcrete} says so
 * and {@link Explorer} falls back to the unreduced search for that model.
 */
final class SymmetryReduced<S, A> extends ForwardingModel<S, A> {

    /** At most this many rounds of a loop are unrolled before falling back. */
    static final int MAX_ROUNDS = 1000;

    /** No concrete counterexample was found for a path of the quotient. */
    static final class NotConcrete extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotConcrete(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * A concrete path.
     *
     * @param path     the actions from the initial state
     * @param returnTo the trace state the path's last state equals (the loop's start), or -1 when the
     *                 quotient path did not loop
     */
    record Concrete(ActionPath path, int returnTo) {
    }

    SymmetryReduced(Model<S, A> model) {
        super(model);
    }

    @Override
    public long fingerprint(S state) {
        return model.canonicalFingerprint(state);
    }

    /**
     * The wrapped model's canonical stepper, whose fingerprints are this model's: each successor's class
     * fingerprint, computed as the wrapped model computes it (the lifecycle model: from the packed words of its
     * working world, before any successor is built).
     */
    @Override
    public Stepper<S, A> stepper(boolean canonical) {
        return canonical ? super.stepper(true) : model.stepper(true);
    }

    /**
     * The concrete path of quotient path {@code quotient}, which starts at stored state {@code rootId}
     * and, when {@code returnTo >= 0}, ends in the class of its state {@code returnTo}.
     *
     * @param fairLoop check that the concrete loop is fair (a lasso of an eventually property)
     * @throws NotConcrete when no concrete path is found
     */
    Concrete concrete(RecoverabilityGraph graph, FingerprintStore store, int rootId, ActionPath quotient,
                      int returnTo, boolean fairLoop) {
        int[] steps = quotient.actions();
        int[] ids = new int[steps.length + 1];
        ids[0] = rootId;
        for (int j = 0; j < steps.length; j++) {
            ids[j + 1] = graph.target(graph.firstEdge(ids[j]) + steps[j]);
        }
        Map<Integer, Long> classOf = new HashMap<>();
        List<Integer> out = new ArrayList<>();
        List<S> states = new ArrayList<>();
        S state = model.initialStates().get(quotient.initialIndex());
        states.add(state);
        state = walk(state, ids, 0, steps, store, classOf, out, states);
        if (returnTo < 0) {
            return new Concrete(new ActionPath(quotient.initialIndex(), toArray(out)), -1);
        }
        Map<Long, Integer> roundStarts = new HashMap<>();
        roundStarts.put(model.fingerprint(states.get(returnTo)), returnTo);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Integer back = roundStarts.get(model.fingerprint(state));
            if (back != null) {
                if (fairLoop) {
                    checkFair(states, out, back);
                }
                return new Concrete(new ActionPath(quotient.initialIndex(), toArray(out)), back);
            }
            roundStarts.put(model.fingerprint(state), out.size());
            state = walk(state, ids, returnTo, steps, store, classOf, out, states);
        }
        throw new NotConcrete("a loop of the quotient did not close within " + MAX_ROUNDS + " rounds");
    }

    /** Follows quotient steps {@code from..} from concrete {@code state}, appending concrete actions. */
    private S walk(S state, int[] ids, int from, int[] steps, FingerprintStore store, Map<Integer, Long> classOf,
                   List<Integer> out, List<S> states) {
        for (int j = from; j < steps.length; j++) {
            long target = classOf.computeIfAbsent(ids[j + 1], id -> fingerprint(replay(store.pathTo(id))));
            List<A> actions = model.actions(state);
            int chosen = -1;
            S next = null;
            if (steps[j] < actions.size()) {
                S preferred = model.next(state, actions.get(steps[j]));
                if (fingerprint(preferred) == target) {
                    chosen = steps[j];
                    next = preferred;
                }
            }
            for (int b = 0; chosen < 0 && b < actions.size(); b++) {
                S candidate = model.next(state, actions.get(b));
                if (fingerprint(candidate) == target) {
                    chosen = b;
                    next = candidate;
                }
            }
            if (chosen < 0) {
                throw new NotConcrete("no concrete step leads into the class of stored state " + ids[j + 1]);
            }
            out.add(chosen);
            state = next;
            states.add(state);
        }
        return state;
    }

    private S replay(ActionPath path) {
        S state = model.initialStates().get(path.initialIndex());
        for (int a : path.actions()) {
            state = model.next(state, model.actions(state).get(a));
        }
        return state;
    }

    /** Strong fairness of the loop from trace state {@code start}: every fair action enabled in it is taken. */
    private void checkFair(List<S> states, List<Integer> out, int start) {
        Set<A> enabled = new HashSet<>();
        Set<A> taken = new HashSet<>();
        for (int i = start; i < out.size(); i++) {
            List<A> actions = model.actions(states.get(i));
            for (A a : actions) {
                if (model.fairness(states.get(i), a).fair()) {
                    enabled.add(a);
                }
            }
            taken.add(actions.get(out.get(i)));
        }
        if (!taken.containsAll(enabled)) {
            throw new NotConcrete("the concrete loop leaves a fair action untaken");
        }
    }

    private static int[] toArray(List<Integer> xs) {
        int[] a = new int[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return a;
    }
}
