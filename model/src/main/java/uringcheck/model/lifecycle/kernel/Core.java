package uringcheck.model.lifecycle.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.Holder;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskWorkKind;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;

/**
 * The io_uring core's own steps on requests: flush and recycle, the core's completion task work, and
 * the ownership scan behind O12.
 */
public final class Core {

    private Core() {
    }

    /**
     * {@code __io_submit_flush_completions} followed by {@code io_free_batch_list}: posts a CQE for every
     * request on {@code compl_reqs} and recycles it into {@code free_list} (from then on the memory belongs
     * to the next submission). The caller holds {@code uring_lock}.
     */
    public static void flush(World w) {
        if (w.complReqs.isEmpty()) {
            return;
        }
        List<String> posted = new ArrayList<>();
        for (int slot : w.complReqs) {
            posted.add(w.label(slot));
            retire(w, slot);
        }
        w.complReqs.clear();
        w.say("__io_submit_flush_completions posts the CQE of " + String.join(", ", posted)
                + " and recycles it into free_list");
    }

    /** Posts the CQE of the request in {@code slot} and recycles the slot (FLUSH move). */
    static void retire(World w, int slot) {
        int k = w.slots.get(slot).command();
        CommandRecord r = w.commands.get(k);
        if (r.cqes() >= 1) {
            w.fault(Obligation.O1, Cause.SECOND_CQE, k);
        }
        w.command(k, new CommandRecord(r.submitted(), r.returned(), r.cqes() + 1, r.doneBy(), r.sqReused()));
        if (w.move(slot, Transition.FLUSH, Act.of(Act.Kind.FLUSH, k))) {
            w.slots.set(slot, w.slots.get(slot).recycled());
            w.cancelable.remove(Integer.valueOf(slot));
            w.freeList.add(slot);
        }
    }

    /**
     * The core's task work {@code io_req_task_complete} for the request in {@code slot}, run by the task
     * ({@code io_handle_tw_list}) or the fallback kworker ({@code io_fallback_req_func}): it takes
     * {@code uring_lock}, completes the request and flushes.
     */
    public static void runCoreTaskWork(World w, int slot) {
        w.slots.set(slot, w.slots.get(slot).withTaskWork(TaskWorkKind.NONE, -1, 0));
        w.say("io_req_task_complete under uring_lock for " + w.label(slot));
        if (w.slots.get(slot).phase() == Phase.DONE && !w.complReqs.contains(slot)) {
            w.complReqs.add(slot);
        }
        flush(w);
    }

    /**
     * Where a handle to the request in {@code slot} at {@code generation} is still held, other than by
     * context {@code except}: device fields, other contexts' locals, a pending task-work node.
     *
     * @return one such place, or empty when none exists
     */
    public static Optional<Holder> liveHandle(World w, int slot, int generation, int except) {
        for (int i = 0; i < w.fields.size(); i++) {
            Value v = w.fields.get(i);
            if (v.isHandle() && v.refersTo(slot, generation)) {
                return Optional.of(new Holder(Holder.Place.FIELD, i, null));
            }
        }
        for (int c = 0; c < w.contexts.size(); c++) {
            if (c == except) {
                continue;
            }
            RunningContext ctx = w.contexts.get(c);
            for (Value v : ctx.locals()) {
                if (v.isHandle() && v.refersTo(slot, generation)) {
                    return Optional.of(new Holder(Holder.Place.LOCAL, -1, ctx.kind()));
                }
            }
        }
        Slot s = w.slots.get(slot);
        if (s.generation() == generation && s.taskWork() == TaskWorkKind.DRIVER) {
            return Optional.of(new Holder(Holder.Place.TASK_WORK, -1, null));
        }
        return Optional.empty();
    }
}
