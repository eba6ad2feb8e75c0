package uringcheck.model.lifecycle.interp;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.kernel.Core;
import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskWorkKind;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;

/**
 * What the core does with the value an issue call ({@code f_op->uring_cmd} in C1 or C3) returned. One
 * per thread, reused from one issue return to the next ({@link #on}), as {@link Exec} is.
 */
final class IssueResult {

    private final Interpreter interp;
    private World w;
    private ContextFrame f;
    private int ci;

    /** The issue-result handling of {@code interp}'s issue calls. */
    IssueResult(Interpreter interp) {
        this.interp = interp;
    }

    /** Makes this the handling of the issue call of context {@code ci} in {@code w} (frame {@code f}). */
    IssueResult on(World w, ContextFrame f, int ci) {
        this.w = w;
        this.f = f;
        this.ci = ci;
        return this;
    }

    /**
     * {@code io_uring_cmd} and {@code io_issue_sqe} on the issue result {@code ret} (SPEC §3): -EAGAIN sets
     * REISSUE and, under NONBLOCK, punts to io-wq ({@code io_queue_async}); -EIOCBQUEUED hands the request
     * to the driver; anything else completes it ({@code io_req_complete_defer} in C1,
     * {@code io_req_complete_post} in io-wq). The inline submitter then flushes and drops uring_lock.
     * The call's context ends here ({@link ContextFrame#finished}): its locals die with it, and no scan of
     * the contexts below reads the issuing context ({@link Core#liveHandle} skips it, the io-wq reference
     * scan of a flush concerns io-wq contexts while only the inline submitter flushes).
     */
    void handle(int ret) {
        int slot = f.slot;
        Slot s = w.slots.get(slot);
        if (s.generation() != f.generation) {
            throw new IllegalStateException("the request of an issue call was recycled before the call returned;"
                    + " io_wq_submit_work's reference and uring_lock exclude that");
        }
        int k = s.command();
        CommandRecord r = w.commands.get(k);
        w.command(k, CommandRecord.of(r.submitted(), true, r.cqes(), r.doneBy(), r.sqReused()));
        if (w.describes()) {
            w.say("uring_cmd(cmd#" + k + ") returns " + Errno.describe(ret));
        }
        if (ret == Errno.EAGAIN.value()) {
            w.slots.set(slot, s.withReissue(true));
            w.say("io_uring_cmd sets IORING_URING_CMD_REISSUE");
            ownership(ret);
            if (IssueFlags.has(f.kind.flags(), IssueFlags.NONBLOCK)) {
                if (w.move(slot, Transition.PUNT_TO_IOWQ, Act.of(Act.Kind.PUNT, k))) {
                    w.slots.set(slot, w.slots.get(slot).withSqeCopied(true));
                    CompiledHandler h = interp.program().handler(f.handler);
                    Value cmd = new Value(Value.Kind.COMMAND, slot, s.generation(), k, ContextKind.IOWQ.flags(), 0);
                    w.contexts.add(interp.newContext(ContextKind.IOWQ, h, k, cmd, false, false));
                    if (w.describes()) {
                        w.say("io_queue_async copies the SQE and punts " + w.label(slot) + " to io-wq");
                    }
                }
            } else {
                w.fault(Obligation.O8, Cause.EAGAIN_WITHOUT_NONBLOCK, k, f.kind);
                completeSync(slot, true);
            }
        } else if (ret == Errno.EIOCBQUEUED.value()) {
            if (interp.semantics().queuedResultNeedsHandle() && !f.queued) {
                w.fault(Obligation.O13, Cause.EIOCBQUEUED_WITHOUT_HANDLE, k);
            }
            Phase p = w.slots.get(slot).phase();
            if (p == Phase.FRESH || p == Phase.REISSUED) {
                w.move(slot, Transition.QUEUE, Act.of(Act.Kind.QUEUED_RETURN, k));
            } else if (w.describes()) {
                w.say(w.label(slot) + " was already handed off (" + p.label() + ")");
            }
        } else {
            ownership(ret);
            completeSync(slot, false);
        }
        if (f.kind == ContextKind.SUBMITTER) {
            Core.flush(w);
            f.holdsUring = false;
            w.say("io_submit_sqes ends the batch and drops uring_lock");
        } else if (f.kind == ContextKind.IOWQ) {
            Core.ioWqFreeWork(w, slot);
        }
        f.finished = true;
    }

    /** O12: no handle may survive an issue that returned anything but -EIOCBQUEUED. */
    private void ownership(int ret) {
        Core.liveHandle(w, f.slot, f.generation, ci).ifPresent(holder ->
                w.fault(Obligation.O12, Cause.TWO_OWNERS, ret, w.slots.get(f.slot).command(), holder));
    }

    /**
     * The core completes the request with the issue's result: inline, {@code io_req_complete_defer} onto
     * {@code compl_reqs}; from io-wq, {@code io_req_complete_post} posts the CQE at once under
     * {@code completion_lock} and leaves the free to {@code io_wq_free_work}, except a failure
     * ({@code io_req_task_queue_fail}, {@code failed}), which goes through task work.
     */
    private void completeSync(int slot, boolean failed) {
        Slot s = w.slots.get(slot);
        if (s.phase() == Phase.DONE) {
            w.move(slot, Transition.COMPLETE_SYNC, Act.of(Act.Kind.SYNC_COMPLETION_AFTER_DONE, s.command()));
            return;
        }
        if (!w.move(slot, Transition.COMPLETE_SYNC, Act.of(Act.Kind.SYNC_COMPLETION, s.command()))) {
            w.force(slot, Phase.DONE);
            if (s.cancelable()) {
                w.slots.set(slot, w.slots.get(slot).withCancelable(false));
                w.cancelable.remove(Integer.valueOf(slot));
            }
        }
        if (f.kind == ContextKind.SUBMITTER) {
            w.complReqs.add(slot);
            if (w.describes()) {
                w.say("io_req_uring_cleanup returns the async data to cmd_cache; io_req_complete_defer appends "
                        + w.label(slot) + " to compl_reqs");
            }
        } else if (w.slots.get(slot).taskWork() != TaskWorkKind.NONE) {
            w.fault(Obligation.O4, Cause.IOWQ_COMPLETION_WITH_TASK_WORK_PENDING, w.slots.get(slot).command());
        } else if (failed) {
            w.slots.set(slot, w.slots.get(slot).withTaskWork(TaskWorkKind.CORE, -1, 0));
            w.say("io_req_task_queue_fail: the failure is completed by task work");
        } else {
            Core.postCqe(w, slot);
            w.slots.set(slot, w.slots.get(slot).withCqePosted());
            w.cancelable.remove(Integer.valueOf(slot));
            if (w.describes()) {
                w.say("io_req_complete_post posts the CQE of " + w.label(slot)
                        + " at once; io-wq's reference keeps it allocated");
            }
        }
    }
}
