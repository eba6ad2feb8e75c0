package uringcheck.model.lifecycle.kernel;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.Context;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskWorkKind;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;
import uringcheck.model.rules.TransitionTable;

/**
 * The core helpers a driver calls on a queued command, with their lock preconditions (SPEC §3, §5):
 * {@code io_uring_cmd_done} ({@code __io_uring_cmd_done}), {@code io_uring_cmd_mark_cancelable} and
 * {@code io_uring_cmd_complete_in_task}. Each records the obligations it sees broken in the {@link World}.
 */
public final class Completion {

    private Completion() {
    }

    /**
     * Resolves the request {@code v} points at for an operation {@code op}. A handle whose slot was
     * recycled is a use after done (O3, as {@link TransitionTable} rules for a released request).
     *
     * @return the slot, or -1 when {@code v} is no live handle (nothing happens)
     */
    public static int resolve(World w, Value v, String op) {
        if (v.kind() == Value.Kind.EMPTY) {
            w.say(op + " on an empty handle: nothing happens");
            return -1;
        }
        if (!v.isHandle()) {
            w.say(op + " on a value that is no command: nothing happens");
            return -1;
        }
        Slot s = w.slots.get(v.slot());
        if (s.generation() != v.generation()) {
            String now = s.alive() ? "now held by cmd#" + s.command() : "now cached in free_list";
            w.fault(TransitionTable.obligationBrokenBy(Phase.RELEASED, Transition.DONE),
                    op + " touches cmd#" + v.command() + " after it was completed and its request recycled ("
                            + now + ")");
            return -1;
        }
        return v.slot();
    }

    /**
     * If the request in {@code slot} is still being issued by a call that minted a queued handle
     * ({@code queue()}), the hand-off takes effect now: the driver may complete before the issue returns
     * {@code -EIOCBQUEUED} ({@code io_uring_cmd} then does nothing).
     */
    public static void handOff(World w, int slot) {
        Slot s = w.slots.get(slot);
        if (s.phase() != Phase.FRESH && s.phase() != Phase.REISSUED) {
            return;
        }
        for (Context c : w.contexts) {
            if ((c.kind() == ContextKind.SUBMITTER || c.kind() == ContextKind.IOWQ) && c.started() && c.queued()
                    && c.slot() == slot && c.generation() == s.generation()) {
                w.move(slot, Transition.QUEUE, "queue() hands " + w.label(slot) + " off before the issue returns");
                return;
            }
        }
    }

    /** A touch of a request that is already done (its CQE may be posting): a use after done (O3). */
    private static boolean afterDone(World w, int slot, String op, Caller caller) {
        if (w.slots.get(slot).phase() != Phase.DONE) {
            return false;
        }
        w.fault(Obligation.O3, op + " by " + caller.actor() + " touches " + w.label(slot) + " after done");
        return true;
    }

    /** Whether {@code flags} are legal for {@code caller} (O5): its own mask, or UNLOCKED without the lock. */
    public static boolean legalFlags(Caller caller, int flags) {
        if (caller.hasMask() && flags == caller.maskFlags()) {
            return true;
        }
        return IssueFlags.has(flags, IssueFlags.UNLOCKED) && !IssueFlags.has(flags, IssueFlags.COMPLETE_DEFER) && !caller.holdsUring();
    }

    /** Whether done / mark_cancelable with {@code flags} on {@code slot} must take uring_lock itself. */
    public static boolean takesUringLock(Slot s, int flags, boolean forDone) {
        return IssueFlags.has(flags, IssueFlags.UNLOCKED) && (forDone ? s.cancelable() : !s.cancelable());
    }

    /**
     * {@code __io_uring_cmd_done(cmd, ret, 0, flags)} called by {@code caller} through handle {@code v}:
     * (1) unhook from {@code cancelable_uring_cmd}, (2) set the result, (3) {@code io_req_uring_cleanup}
     * into {@code cmd_cache} unless UNLOCKED, (4) {@code io_req_complete_defer} onto {@code compl_reqs}
     * with COMPLETE_DEFER, else {@code io_req_task_work_add} of {@code io_req_task_complete}.
     *
     * @return whether the caller self-deadlocked (it now waits forever)
     */
    public static boolean done(World w, Caller caller, Value v, int ret, int flags) {
        String op = "done(cmd#" + v.command() + ", " + Errno.describe(ret) + ", flags=" + IssueFlags.render(flags) + ")";
        w.say(op);
        int slot = resolve(w, v, op);
        if (slot < 0) {
            if (v.isHandle()) {
                noteCompleter(w, v.command(), caller, op);
            }
            return false;
        }
        handOff(w, slot);
        noteCompleter(w, v.command(), caller, op);
        Slot s = w.slots.get(slot);
        if (s.phase() != Phase.QUEUED) {
            w.move(slot, Transition.DONE, op + " from " + caller.actor());
            return false;
        }
        boolean specific = false;
        if (s.taskWork() != TaskWorkKind.NONE) {
            w.fault(Obligation.O4, op + " from " + caller.actor() + " while task work is pending for " + w.label(slot));
        }
        boolean unlocked = IssueFlags.has(flags, IssueFlags.UNLOCKED);
        if (s.cancelable()) {
            if (unlocked && caller.holdsUring()) {
                w.fault(Obligation.O5, op + " with UNLOCKED while " + caller.actor()
                        + " holds uring_lock: io_ring_submit_lock self-deadlocks");
                return true;
            }
            if (unlocked && caller.atomic()) {
                w.fault(Obligation.O5, op + " with UNLOCKED from atomic context (" + caller.actor()
                        + "): mutex_lock(uring_lock) sleeps in atomic context");
                specific = true;
            } else if (unlocked) {
                w.say("io_ring_submit_lock takes uring_lock to unhook " + w.label(slot) + " from cancelable_uring_cmd");
            } else if (!caller.holdsUring()) {
                w.fault(Obligation.O5, op + " from " + caller.actor()
                        + " unhooks it from cancelable_uring_cmd without uring_lock");
                specific = true;
            }
            s = s.withCancelable(false);
            w.slots.set(slot, s);
            w.cancelable.remove(Integer.valueOf(slot));
        }
        w.move(slot, Transition.DONE, op);
        if (!unlocked) {
            if (!caller.holdsUring()) {
                w.fault(Obligation.O5, op + " from " + caller.actor()
                        + ": io_req_uring_cleanup puts async data into cmd_cache without uring_lock");
                specific = true;
            } else {
                w.say("io_req_uring_cleanup returns the async data to cmd_cache");
            }
        }
        if (IssueFlags.has(flags, IssueFlags.COMPLETE_DEFER)) {
            if (unlocked) {
                w.fault(Obligation.O5, op + ": COMPLETE_DEFER with UNLOCKED, WARN_ON_ONCE and the request leaks");
                return false;
            }
            if (!caller.holdsUring()) {
                w.fault(Obligation.O5, op + " appends to compl_reqs without uring_lock (" + caller.actor()
                        + "); no flush follows");
                specific = true;
            } else {
                w.say("io_req_complete_defer appends " + w.label(slot) + " to compl_reqs");
            }
            if (!w.complReqs.contains(slot)) {
                w.complReqs.add(slot);
            }
        } else if (w.slots.get(slot).taskWork() == TaskWorkKind.NONE) {
            w.slots.set(slot, w.slots.get(slot).withTaskWork(TaskWorkKind.CORE, -1, 0));
            w.say("io_req_task_work_add queues io_req_task_complete for " + w.label(slot));
        }
        if (!specific && !legalFlags(caller, flags)) {
            w.fault(Obligation.O5, op + " from " + caller.actor() + ": flags are neither the running callback's mask ("
                    + IssueFlags.render(caller.maskFlags()) + ") nor UNLOCKED from a context without uring_lock");
        }
        return false;
    }

    private static void noteCompleter(World w, int command, Caller caller, String op) {
        if (command < 0 || command >= w.commands.size()) {
            return;
        }
        CommandRecord r = w.commands.get(command);
        int bit = caller.cancelCall() ? CommandRecord.DONE_CANCEL : CommandRecord.DONE_NORMAL;
        int both = CommandRecord.DONE_CANCEL | CommandRecord.DONE_NORMAL;
        if (r.doneBy() != 0 && (r.doneBy() | bit) == both && r.doneBy() != both) {
            w.fault(Obligation.O9, op + " from " + caller.actor() + ": cmd#" + command
                    + " is completed by both the cancel path and the normal completion path (nothing excludes them)");
        }
        w.command(command, new CommandRecord(r.submitted(), r.returned(), r.cqes(), r.doneBy() | bit, r.sqReused()));
    }

    /**
     * {@code io_uring_cmd_mark_cancelable(cmd, flags)}: sets CANCELABLE and adds the request at the head of
     * {@code cancelable_uring_cmd} under {@code io_ring_submit_lock}.
     *
     * @return whether the caller self-deadlocked
     */
    public static boolean markCancelable(World w, Caller caller, Value v, int flags) {
        String op = "mark_cancelable(cmd#" + v.command() + ", flags=" + IssueFlags.render(flags) + ")";
        w.say(op);
        int slot = resolve(w, v, op);
        if (slot < 0) {
            return false;
        }
        handOff(w, slot);
        if (afterDone(w, slot, op, caller)) {
            return false;
        }
        if (!w.move(slot, Transition.MARK_CANCELABLE, op + " from " + caller.actor())) {
            return false;
        }
        Slot s = w.slots.get(slot);
        boolean specific = false;
        if (!s.cancelable()) {
            boolean unlocked = IssueFlags.has(flags, IssueFlags.UNLOCKED);
            if (unlocked && caller.holdsUring()) {
                w.fault(Obligation.O5, op + " with UNLOCKED while " + caller.actor()
                        + " holds uring_lock: io_ring_submit_lock self-deadlocks");
                return true;
            }
            if (unlocked && caller.atomic()) {
                w.fault(Obligation.O5, op + " with UNLOCKED from atomic context (" + caller.actor()
                        + "): mutex_lock(uring_lock) sleeps in atomic context");
                specific = true;
            } else if (!unlocked && !caller.holdsUring()) {
                w.fault(Obligation.O5, op + " from " + caller.actor()
                        + " adds it to cancelable_uring_cmd without uring_lock");
                specific = true;
            }
            w.slots.set(slot, s.withCancelable(true));
            w.cancelable.add(0, slot);
            w.say(w.label(slot) + " joins cancelable_uring_cmd");
        }
        if (!specific && !legalFlags(caller, flags)) {
            w.fault(Obligation.O5, op + " from " + caller.actor() + ": flags are neither the running callback's mask ("
                    + IssueFlags.render(caller.maskFlags()) + ") nor UNLOCKED from a context without uring_lock");
        }
        return false;
    }

    /**
     * {@code io_uring_cmd_complete_in_task(cmd, cb)} ({@code __io_uring_cmd_do_in_task}): pushes the
     * request's one task-work node; a second push while one is pending breaks O4.
     */
    public static void completeInTask(World w, Caller caller, Value v, int handler, String handlerName) {
        String op = "complete_in_task(cmd#" + v.command() + ", " + handlerName + ")";
        w.say(op);
        int slot = resolve(w, v, op);
        if (slot < 0) {
            return;
        }
        handOff(w, slot);
        if (afterDone(w, slot, op, caller)) {
            return;
        }
        Slot s = w.slots.get(slot);
        if (s.taskWork() != TaskWorkKind.NONE) {
            w.fault(Obligation.O4, op + " from " + caller.actor() + ": a task-work node is already pending for "
                    + w.label(slot) + " (io_task_work is reused while queued)");
            return;
        }
        if (!w.move(slot, Transition.TASK_WORK_ADD, op + " from " + caller.actor())) {
            return;
        }
        w.slots.set(slot, w.slots.get(slot).withTaskWork(TaskWorkKind.DRIVER, handler, v.flags()));
        w.say("io_req_task_work_add queues io_uring_cmd_work for " + w.label(slot));
    }
}
