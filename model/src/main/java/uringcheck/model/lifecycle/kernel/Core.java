package uringcheck.model.lifecycle.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.ContextKind;
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
        List<String> posted = w.describes() ? new ArrayList<>() : null;
        for (int i = 0; i < w.complReqs.size(); i++) {
            int slot = w.complReqs.get(i);
            if (posted != null) {
                posted.add(w.label(slot));
            }
            retire(w, slot);
        }
        w.complReqs.clear();
        if (posted != null) {
            w.say("__io_submit_flush_completions posts the CQE of " + String.join(", ", posted)
                    + " and recycles it into free_list");
        }
    }

    /**
     * Posts the CQE of the request in {@code slot} and frees it ({@code io_free_batch_list}): recycled into
     * {@code free_list} (FLUSH move), unless io-wq still holds its reference
     * ({@link #ioWqHoldsReference}): then {@code req_ref_put_and_test} fails and the request stays
     * allocated, its CQE posted, until {@code io_wq_free_work} drops the last reference.
     */
    static void retire(World w, int slot) {
        postCqe(w, slot);
        if (ioWqHoldsReference(w, slot)) {
            w.slots.set(slot, w.slots.get(slot).withCqePosted());
            w.cancelable.remove(Integer.valueOf(slot));
            if (w.describes()) {
                w.say("io_free_batch_list drops a reference to " + w.label(slot)
                        + ": io-wq still holds one, so it is not recycled");
            }
            return;
        }
        recycle(w, slot);
    }

    /** {@code io_fill_cqe_req}: one CQE for the command of the request in {@code slot} (a second breaks O1). */
    public static void postCqe(World w, int slot) {
        int k = w.slots.get(slot).command();
        CommandRecord r = w.commands.get(k);
        if (r.cqes() >= 1) {
            w.fault(Obligation.O1, Cause.SECOND_CQE, k);
        }
        w.command(k, CommandRecord.of(r.submitted(), r.returned(), r.cqes() + 1, r.doneBy(), r.sqReused()));
    }

    private static void recycle(World w, int slot) {
        int k = w.slots.get(slot).command();
        if (w.move(slot, Transition.FLUSH, Act.of(Act.Kind.FLUSH, k))) {
            w.slots.set(slot, w.slots.get(slot).recycled());
            w.cancelable.remove(Integer.valueOf(slot));
            w.freeList.add(slot);
        }
    }

    /**
     * Whether an io-wq call for the request now in {@code slot} is running: {@code io_wq_submit_work} took
     * a second reference ({@code __io_req_set_refcount(req, 2)}) that only {@code io_wq_free_work} drops,
     * after the call returned.
     */
    public static boolean ioWqHoldsReference(World w, int slot) {
        int generation = w.slots.get(slot).generation();
        for (int i = 0; i < w.contexts.size(); i++) {
            RunningContext c = w.contexts.get(i);
            if (c.kind() == ContextKind.IOWQ && c.started() && c.slot() == slot && c.generation() == generation) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code io_wq_free_work} after the io-wq call for {@code slot} returned: it drops io-wq's reference.
     * When the CQE was already posted that was the last one, and {@code io_free_req} queues
     * {@code io_req_task_complete} with {@code REQ_F_CQE_SKIP} to free the request.
     */
    public static void ioWqFreeWork(World w, int slot) {
        Slot s = w.slots.get(slot);
        if (!s.cqePosted()) {
            return;
        }
        if (s.taskWork() != TaskWorkKind.NONE) {
            w.fault(Obligation.O4, Cause.IOWQ_COMPLETION_WITH_TASK_WORK_PENDING, s.command());
            return;
        }
        w.slots.set(slot, s.withTaskWork(TaskWorkKind.FREE, -1, 0));
        if (w.describes()) {
            w.say("io_wq_free_work drops the last reference: io_free_req queues the free of " + w.label(slot)
                    + " (REQ_F_CQE_SKIP)");
        }
    }

    /**
     * io-wq work that has not started is cancelled ({@code io_wq_cancel_cb} at ring exit,
     * {@code io_wq_exit_start} and {@code io_wq_put_and_exit} at task exit, modelled at its start): {@code io_run_cancel} sets {@code IO_WQ_WORK_CANCEL} and
     * {@code io_wq_submit_work} then fails the request with -ECANCELED through task work
     * ({@code io_req_task_queue_fail}) without calling the driver. A running call is not interrupted.
     *
     * @param by the kernel path that cancels, for the trace
     */
    public static void cancelPendingIoWq(World w, String by) {
        for (int i = 0; i < w.contexts.size(); i++) {
            RunningContext c = w.contexts.get(i);
            if (c.kind() != ContextKind.IOWQ || c.started() || c.slot() < 0
                    || w.slots.get(c.slot()).generation() != c.generation()) {
                continue;
            }
            w.contexts.remove(i--);
            int slot = c.slot();
            if (w.describes()) {
                w.say(by + " cancels io-wq work for " + w.label(slot) + " before it started: -ECANCELED, the driver is"
                        + " not called");
            }
            if (!w.move(slot, Transition.COMPLETE_SYNC, Act.of(Act.Kind.SYNC_COMPLETION, c.command()))) {
                w.force(slot, Phase.DONE);
            }
            if (w.slots.get(slot).taskWork() == TaskWorkKind.NONE) {
                w.slots.set(slot, w.slots.get(slot).withTaskWork(TaskWorkKind.CORE, -1, 0));
            } else {
                w.fault(Obligation.O4, Cause.IOWQ_COMPLETION_WITH_TASK_WORK_PENDING, c.command());
            }
        }
    }

    /**
     * The core's task work for the request in {@code slot}, run by the task ({@code io_handle_tw_list})
     * or the fallback kworker ({@code io_fallback_req_func}) under {@code uring_lock}:
     * {@code io_req_task_complete} completes the request and flushes; with {@code REQ_F_CQE_SKIP}
     * ({@link TaskWorkKind#FREE}) it only frees it.
     */
    public static void runCoreTaskWork(World w, int slot) {
        TaskWorkKind kind = w.slots.get(slot).taskWork();
        w.slots.set(slot, w.slots.get(slot).withTaskWork(TaskWorkKind.NONE, -1, 0));
        if (kind == TaskWorkKind.FREE) {
            if (w.describes()) {
                w.say("io_req_task_complete frees " + w.label(slot) + " without a CQE (REQ_F_CQE_SKIP)");
            }
            recycle(w, slot);
            return;
        }
        if (w.describes()) {
            w.say("io_req_task_complete under uring_lock for " + w.label(slot));
        }
        Slot s = w.slots.get(slot);
        if (s.phase() == Phase.DONE && !s.cqePosted() && !w.complReqs.contains(slot)) {
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
            for (int l = 0; l < ctx.locals().size(); l++) {
                Value v = ctx.locals().get(l);
                if (v.isHandle() && v.refersTo(slot, generation)) {
                    return Optional.of(new Holder(Holder.Place.LOCAL, -1, ctx.kind()));
                }
            }
        }
        Slot s = w.slots.get(slot);
        if (s.generation() == generation && s.taskWork() == TaskWorkKind.DRIVER && !s.staleTaskWork()) {
            return Optional.of(new Holder(Holder.Place.TASK_WORK, -1, null));
        }
        return Optional.empty();
    }
}
