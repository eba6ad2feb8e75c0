package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * Runs {@link Strategy.Replay}: re-executes one action path and checks the properties along it:
 * always-properties on every state, at-quiescence properties where no action is enabled. If the path
 * carries a trap entry ({@link Strategy.Replay#trapStep()}), every always-recoverable property is
 * re-decided there by an exhaustive breadth-first search from the entry state: the violation is
 * reproduced when no goal state is reachable from it. For an eventually property the same step is the
 * start of a lasso's loop, and the path itself is the evidence: the violation is reproduced when no state
 * from that step on satisfies the goal and the rest of the path is a fair loop back to it, or ends where
 * no fair action is enabled (see {@link Lasso}).
 *
 * @throws ReplayException (from {@link #run}) when the path does not fit the model: an initial-state or
 *     action index out of range
 */
final class PathReplay {

    private final Strategy.Replay replay;
    private int done;

    PathReplay(Strategy.Replay replay) {
        this.replay = replay;
    }

    <S, A> void run(Search<S, A> search) {
        Model<S, A> model = search.model();
        ActionPath path = replay.path();
        List<S> initial = model.initialStates();
        if (path.initialIndex() >= initial.size()) {
            throw new ReplayException("the path starts at initial state " + path.initialIndex()
                    + " but model '" + model.name() + "' has only " + initial.size());
        }
        search.usePaths(id -> new ActionPath(path.initialIndex(), Arrays.copyOf(path.actions(), done)));
        S state = initial.get(path.initialIndex());
        List<S> visited = new ArrayList<>();
        List<A> taken = new ArrayList<>();
        visited.add(state);
        int id = search.addInitial(state, path.initialIndex());
        for (done = 0; done < path.length() && !search.stopped(); ) {
            List<A> actions = search.expand(state, id, done);
            if (actions == null) {
                return;
            }
            int a = path.action(done);
            if (a >= actions.size()) {
                throw new ReplayException("step " + (done + 1) + " takes action " + a + " but only "
                        + actions.size() + " actions are enabled in state " + done + " of model '"
                        + model.name() + "'");
            }
            taken.add(actions.get(a));
            state = model.next(state, actions.get(a));
            done++;
            visited.add(state);
            id = search.addSuccessor(state, id, a, done);
        }
        if (search.stopped()) {
            return;
        }
        search.expand(state, id, done);
        int trapStep = replay.trapStep();
        if (trapStep >= 0) {
            checkTrap(search, visited, trapStep);
            checkLasso(search, visited, taken, trapStep);
        }
        search.notExhaustive("a replay checks one path, not the state space");
    }

    private <S, A> void checkLasso(Search<S, A> search, List<S> visited, List<A> taken, int loopStart) {
        Model<S, A> model = search.model();
        List<Property<S>> properties = model.properties();
        for (int p = 0; p < properties.size(); p++) {
            Property<S> property = properties.get(p);
            if (property.kind() == Property.Kind.EVENTUALLY
                    && isFairLasso(model, visited, taken, loopStart, property.predicate())) {
                search.recordLasso(p, replay.path(), loopStart);
            }
        }
    }

    /**
     * Whether {@code visited} (reached by {@code taken}) is a lasso from state {@code loopStart} on that no
     * goal state interrupts: it stops there with no fair action enabled, or it returns there and takes
     * every fair action that is enabled in one of the loop's states.
     */
    static <S, A> boolean isFairLasso(Model<S, A> model, List<S> visited, List<A> taken, int loopStart,
                                      Predicate<S> goal) {
        for (int i = loopStart; i < visited.size(); i++) {
            if (goal.test(visited.get(i))) {
                return false;
            }
        }
        int last = visited.size() - 1;
        if (loopStart == last) {
            S stop = visited.get(last);
            return model.actions(stop).stream().noneMatch(a -> model.fairness(stop, a).fair());
        }
        if (model.fingerprint(visited.get(last)) != model.fingerprint(visited.get(loopStart))) {
            return false;
        }
        Set<A> enabled = new HashSet<>();
        for (int i = loopStart; i < last; i++) {
            S s = visited.get(i);
            for (A a : model.actions(s)) {
                if (model.fairness(s, a).fair()) {
                    enabled.add(a);
                }
            }
        }
        return taken.subList(loopStart, last).containsAll(enabled);
    }

    private static <S, A> void checkTrap(Search<S, A> search, List<S> visited, int trapStep) {
        Model<S, A> model = search.model();
        S entry = visited.get(trapStep);
        S last = visited.get(visited.size() - 1);
        long lastFingerprint = model.fingerprint(last);
        int backTo = -1;
        if (!model.actions(last).isEmpty()) {
            for (int k = trapStep; k < visited.size() - 1 && backTo < 0; k++) {
                if (model.fingerprint(visited.get(k)) == lastFingerprint) {
                    backTo = k;
                }
            }
        }
        List<Property<S>> properties = model.properties();
        for (int p = 0; p < properties.size(); p++) {
            Property<S> property = properties.get(p);
            if (property.kind() != Property.Kind.ALWAYS_RECOVERABLE) {
                continue;
            }
            CheckResult fromEntry = Explorer.check(new FromState<>(model, entry, property.predicate()),
                    SearchOptions.bfs().withLimits(search.options().limits()));
            if (fromEntry.verdict() == Verdict.VIOLATED) {
                search.recordTrap(p, new Trap(trapStep, backTo, fromEntry.stats().states()));
            } else if (fromEntry.verdict() == Verdict.INCOMPLETE) {
                search.notExhaustive("the trap check from state " + trapStep + " stopped: "
                        + fromEntry.limitReached().orElse("incomplete"));
            }
        }
    }
}
