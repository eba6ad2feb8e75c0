package uringcheck.checks.lifecycle;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * The reference definition of O10's counterfactual, the one the model's memoised walk must agree with on
 * every state: in a state where userspace closed the file, a live request keeps {@code release} from
 * running and some command is pending (submitted, no CQE), run {@code release} now and search breadth-first,
 * with nothing shared between questions and no bound, for a state where one of those commands has a CQE.
 * Full states are compared (no fingerprint).
 */
final class ReleaseCounterfactual {

    private final LifecycleModel model;

    ReleaseCounterfactual(LifecycleModel model) {
        this.model = model;
    }

    /** Whether running release in {@code s} would let a command pending in {@code s} get its CQE. */
    boolean waitsForRelease(LifecycleState s) {
        if (!asks(s)) {
            return false;
        }
        List<CommandRecord> commands = s.commands();
        List<Integer> waiting = IntStream.range(0, commands.size())
                .filter(k -> commands.get(k).submitted() && commands.get(k).cqes() == 0).boxed().toList();
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>();
        Set<LifecycleState> seen = new HashSet<>();
        queue.add(model.next(s, new LifecycleAction(LifecycleAction.Kind.RELEASE, 0)));
        while (!queue.isEmpty()) {
            LifecycleState at = queue.poll();
            if (!seen.add(at)) {
                continue;
            }
            for (int k : waiting) {
                if (at.commands().get(k).cqes() > 0) {
                    return true;
                }
            }
            for (LifecycleAction a : model.actions(at)) {
                queue.add(model.next(at, a));
            }
        }
        return false;
    }

    /** Whether {@code s} is a state the counterfactual is asked about at all. */
    static boolean asks(LifecycleState s) {
        return s.fileClosed() && !s.released() && s.anyAlive()
                && s.commands().stream().anyMatch(c -> c.submitted() && c.cqes() == 0);
    }
}
