package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * Runs {@link Strategy.Replay}: re-executes one action path and checks the properties along it:
 * always-properties on every state, at-quiescence properties where no action is enabled. If the path
 * carries a trap entry ({@link Strategy.Replay#trapStep()}), every always-recoverable property is
 * re-decided there by an exhaustive breadth-first search from the entry state: the violation is
 * reproduced when no goal state is reachable from it.
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
        }
        search.notExhaustive("a replay checks one path, not the state space");
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
