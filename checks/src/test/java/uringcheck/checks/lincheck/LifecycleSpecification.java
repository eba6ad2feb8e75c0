package uringcheck.checks.lincheck;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;
import uringcheck.model.rules.TransitionTable;

/**
 * The sequential specification of {@link RuntimeOperations}, derived from
 * {@link TransitionTable}: every operation applies the table's moves to the command's phase, and an
 * illegal move yields {@link TransitionTable#obligationBrokenBy}. Besides the phase it keeps only what
 * the table leaves out: the pending task-work mark (O4), the cancelable list (newest first), the
 * task-work queue, {@code compl_reqs} and the CQ.
 */
public class LifecycleSpecification {
    private static final int COMMANDS = 2;
    private static final int DRIVER_CALLBACK = 0;
    private static final int CORE_COMPLETION = 1;

    private final Phase[] phase = {Phase.RELEASED, Phase.RELEASED};
    private final boolean[] submitted = new boolean[COMMANDS];
    private final boolean[] pending = new boolean[COMMANDS];
    private final ArrayDeque<Integer> cancelable = new ArrayDeque<>();
    private final ArrayDeque<int[]> taskWork = new ArrayDeque<>();
    private final List<Integer> complReqs = new ArrayList<>();
    private final List<Long> cq = new ArrayList<>();

    public String submit(int id) {
        if (submitted[id] && phase[id] != Phase.RELEASED) {
            return "busy";
        }
        submitted[id] = true;
        pending[id] = false;
        move(id, Transition.SUBMIT);
        move(id, Transition.QUEUE);
        move(id, Transition.MARK_CANCELABLE);
        cancelable.addFirst(id);
        flush();
        return phase[id].label();
    }

    public String done(int id) {
        if (!submitted[id]) {
            return "none";
        }
        String refused = refusal(id, Transition.DONE);
        if (refused != null) {
            return refused;
        }
        complete(id);
        taskWork.addLast(new int[] {CORE_COMPLETION, id});
        return "ok";
    }

    public String completeInTask(int id) {
        if (!submitted[id]) {
            return "none";
        }
        String refused = refusal(id, Transition.TASK_WORK_ADD);
        if (refused != null) {
            return refused;
        }
        move(id, Transition.TASK_WORK_ADD);
        pending[id] = true;
        taskWork.addLast(new int[] {DRIVER_CALLBACK, id});
        return "ok";
    }

    public void runTaskWork() {
        while (!taskWork.isEmpty()) {
            int[] item = taskWork.removeFirst();
            int id = item[1];
            if (item[0] == DRIVER_CALLBACK) {
                move(id, Transition.TASK_WORK_RUN);
                pending[id] = false;
                complete(id);
            }
            complReqs.add(id);
        }
        flush();
    }

    public String cancelPass() {
        for (Integer id : List.copyOf(cancelable)) {
            if (!cancelable.contains(id)) {
                continue;
            }
            move(id, Transition.CANCEL_CALL);
            String refused = refusal(id, Transition.DONE);
            if (refused != null) {
                return refused;
            }
            complete(id);
            complReqs.add(id);
        }
        flush();
        return "ok";
    }

    public List<Long> reap() {
        List<Long> out = List.copyOf(cq);
        cq.clear();
        return out;
    }

    /** The table's verdict on {@code transition} now, plus O4 for a completion or re-arm while task work is pending. */
    private String refusal(int id, Transition transition) {
        if (!TransitionTable.allows(phase[id], transition)) {
            return TransitionTable.obligationBrokenBy(phase[id], transition).name();
        }
        return pending[id] ? "O4" : null;
    }

    /** DONE: off the cancelable list, phase moved by the table. */
    private void complete(int id) {
        cancelable.remove(id);
        move(id, Transition.DONE);
    }

    private void flush() {
        for (int id : complReqs) {
            cq.add((long) id);
            move(id, Transition.FLUSH);
        }
        complReqs.clear();
    }

    private void move(int id, Transition transition) {
        phase[id] = TransitionTable.next(phase[id], transition).orElseThrow(
                () -> new IllegalStateException(transition + " from " + phase[id] + " is not in the table"));
    }
}
