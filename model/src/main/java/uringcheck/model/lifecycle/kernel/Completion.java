package uringcheck.model.lifecycle.kernel;

import java.util.Set;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskWorkKind;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.FlagRules.Breach;
import uringcheck.model.rules.FlagRules;
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
    public static int resolve(World w, Value v, Act op) {
        if (v.kind() == Value.Kind.EMPTY) {
            if (w.describes()) {
                w.say(op.render(w.names()) + " on an empty handle: nothing happens");
            }
            return -1;
        }
        if (!v.isHandle()) {
            if (w.describes()) {
                w.say(op.render(w.names()) + " on a value that is no command: nothing happens");
            }
            return -1;
        }
        Slot s = w.slots.get(v.slot());
        if (s.generation() != v.generation()) {
            w.fault(TransitionTable.obligationBrokenBy(Phase.RELEASED, Transition.DONE), Cause.STALE_HANDLE,
                    op, v.command(), s.alive() ? s.command() : -1);
            return -1;
        }
        return v.slot();
    }

    /**
     * If the request in {@code slot} is still being issued by a call that minted a queued handle
     * ({@code queue()}), or under C by any running issue call ({@link World#handOffNeedsQueuedHandle}), the
     * hand-off takes effect now: the driver may complete before the issue returns {@code -EIOCBQUEUED}
     * ({@code io_uring_cmd} then does nothing; {@code io_issue_sqe} treats it as
     * {@code IOU_ISSUE_SKIP_COMPLETE}). A result returned after that completes the request a second time.
     */
    public static void handOff(World w, int slot) {
        Slot s = w.slots.get(slot);
        if (s.phase() != Phase.FRESH && s.phase() != Phase.REISSUED) {
            return;
        }
        for (int i = 0; i < w.contexts.size(); i++) {
            RunningContext c = w.contexts.get(i);
            if ((c.kind() == ContextKind.SUBMITTER || c.kind() == ContextKind.IOWQ) && c.started()
                    && (c.queued() || !w.handOffNeedsQueuedHandle()) && c.slot() == slot && c.generation() == s.generation()) {
                w.move(slot, Transition.QUEUE, Act.of(Act.Kind.HAND_OFF, s.command()));
                return;
            }
        }
    }

    /** A touch of a request that is already done (its CQE may be posting): a use after done (O3). */
    public static boolean afterDone(World w, int slot, Act op, ContextKind actor) {
        if (w.slots.get(slot).phase() != Phase.DONE) {
            return false;
        }
        w.fault(Obligation.O3, Cause.TOUCH_AFTER_DONE, op, actor, w.slots.get(slot).command());
        return true;
    }

    /**
     * Whether done / mark_cancelable with {@code flags} on {@code slot} must take uring_lock itself: done
     * unhooks a cancelable request, mark_cancelable adds one not yet marked ({@link FlagRules#takesUringLock}).
     */
    public static boolean takesUringLock(Slot s, int flags, boolean forDone) {
        return FlagRules.takesUringLock(flags, changesCancelableList(s, forDone));
    }

    private static boolean changesCancelableList(Slot s, boolean forDone) {
        return forDone == s.cancelable();
    }

    private static Set<Breach> breaches(Caller caller, Slot s, int flags, boolean forDone) {
        return FlagRules.breaches(flags, caller.holdsUring(), caller.atomic(), changesCancelableList(s, forDone),
                caller.maskFlags());
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
        Act op = Act.done(v.command(), ret, flags);
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
            w.move(slot, Transition.DONE, op.from(caller.kind()));
            return false;
        }
        boolean specific = false;
        if (s.taskWork() != TaskWorkKind.NONE) {
            w.fault(Obligation.O4, Cause.DONE_WITH_TASK_WORK_PENDING, op, caller.kind(), s.command());
        }
        boolean unlocked = IssueFlags.has(flags, IssueFlags.UNLOCKED);
        Set<Breach> breaches = breaches(caller, s, flags, true);
        if (s.cancelable()) {
            if (breaches.contains(Breach.UNLOCKED_WHILE_LOCKED)) {
                w.fault(Obligation.O5, Cause.UNLOCKED_SELF_DEADLOCK, op, caller.kind());
                return true;
            }
            if (breaches.contains(Breach.UNLOCKED_IN_ATOMIC)) {
                w.fault(Obligation.O5, Cause.UNLOCKED_IN_ATOMIC, op, caller.kind());
                specific = true;
            } else if (unlocked) {
                if (w.describes()) {
                    w.say("io_ring_submit_lock takes uring_lock to unhook " + w.label(slot)
                            + " from cancelable_uring_cmd");
                }
            } else if (breaches.contains(Breach.LOCKED_FLAGS_WITHOUT_LOCK)) {
                w.fault(Obligation.O5, Cause.UNHOOK_WITHOUT_LOCK, op, caller.kind());
                specific = true;
            }
            walkAhead(w, caller, slot, op);
            s = s.withCancelable(false);
            w.slots.set(slot, s);
            w.cancelable.remove(Integer.valueOf(slot));
        }
        w.move(slot, Transition.DONE, op);
        if (!unlocked) {
            if (breaches.contains(Breach.LOCKED_FLAGS_WITHOUT_LOCK)) {
                w.fault(Obligation.O5, Cause.CLEANUP_WITHOUT_LOCK, op, caller.kind());
                specific = true;
            } else {
                w.say("io_req_uring_cleanup returns the async data to cmd_cache");
            }
        }
        if (IssueFlags.has(flags, IssueFlags.COMPLETE_DEFER)) {
            if (breaches.contains(Breach.UNLOCKED_WITH_COMPLETE_DEFER)) {
                w.fault(Obligation.O5, Cause.DEFER_WITH_UNLOCKED, op);
                return false;
            }
            if (breaches.contains(Breach.LOCKED_FLAGS_WITHOUT_LOCK)) {
                w.fault(Obligation.O5, Cause.DEFER_WITHOUT_LOCK, op, caller.kind());
                specific = true;
            } else if (w.describes()) {
                w.say("io_req_complete_defer appends " + w.label(slot) + " to compl_reqs");
            }
            if (!w.complReqs.contains(slot)) {
                w.complReqs.add(slot);
            }
        } else if (w.slots.get(slot).taskWork() == TaskWorkKind.NONE) {
            w.slots.set(slot, w.slots.get(slot).withTaskWork(TaskWorkKind.CORE, -1, 0));
            if (w.describes()) {
                w.say("io_req_task_work_add queues io_req_task_complete for " + w.label(slot));
            }
        }
        if (!specific && breaches.contains(Breach.NOT_THE_CALLBACKS_MASK)) {
            w.fault(Obligation.O5, Cause.FOREIGN_FLAGS, op, caller.kind());
        }
        return false;
    }

    /**
     * A cancel call that unhooks another request still ahead in the walk of
     * {@code io_uring_try_cancel_uring_cmd} ({@code hlist_for_each_entry_safe} over
     * {@code cancelable_uring_cmd}) breaks O9: a cancel call completes only the command it was called for.
     * The walk saved its next entry before the call; {@code hlist_del} in
     * {@code io_uring_cmd_del_cancelable} poisons that entry's {@code next}, and the walk then dereferences
     * {@code LIST_POISON1} (an oops). A request further ahead is unlinked cleanly and skipped.
     */
    private static void walkAhead(World w, Caller caller, int slot, Act op) {
        if (!caller.cancelCall() || slot == caller.slot() || !caller.walkAhead().contains(slot)) {
            return;
        }
        int next = -1;
        for (int e : caller.walkAhead()) {
            if (w.slots.get(e).alive() && w.slots.get(e).cancelable()) {
                next = e;
                break;
            }
        }
        w.fault(Obligation.O9, next == slot ? Cause.CANCEL_UNHOOKS_WALK_NEXT : Cause.CANCEL_COMPLETES_AHEAD, op,
                caller.kind(), w.slots.get(slot).command());
    }

    private static void noteCompleter(World w, int command, Caller caller, Act op) {
        if (command < 0 || command >= w.commands.size()) {
            return;
        }
        CommandRecord r = w.commands.get(command);
        int bit = caller.cancelCall() ? CommandRecord.DONE_CANCEL : CommandRecord.DONE_NORMAL;
        int both = CommandRecord.DONE_CANCEL | CommandRecord.DONE_NORMAL;
        if (r.doneBy() != 0 && (r.doneBy() | bit) == both && r.doneBy() != both) {
            w.fault(Obligation.O9, Cause.CANCEL_AND_NORMAL_DONE, op, caller.kind(), command);
        }
        w.command(command, CommandRecord.of(r.submitted(), r.returned(), r.cqes(), r.doneBy() | bit, r.sqReused()));
    }

    /**
     * {@code io_uring_cmd_mark_cancelable(cmd, flags)}: sets CANCELABLE and adds the request at the head of
     * {@code cancelable_uring_cmd} under {@code io_ring_submit_lock}.
     *
     * @return whether the caller self-deadlocked
     */
    public static boolean markCancelable(World w, Caller caller, Value v, int flags) {
        Act op = Act.markCancelable(v.command(), flags);
        w.say(op);
        int slot = resolve(w, v, op);
        if (slot < 0) {
            return false;
        }
        handOff(w, slot);
        if (afterDone(w, slot, op, caller.kind())) {
            return false;
        }
        if (!w.move(slot, Transition.MARK_CANCELABLE, op.from(caller.kind()))) {
            return false;
        }
        Slot s = w.slots.get(slot);
        boolean specific = false;
        Set<Breach> breaches = breaches(caller, s, flags, false);
        if (!s.cancelable()) {
            if (breaches.contains(Breach.UNLOCKED_WHILE_LOCKED)) {
                w.fault(Obligation.O5, Cause.UNLOCKED_SELF_DEADLOCK, op, caller.kind());
                return true;
            }
            if (breaches.contains(Breach.UNLOCKED_IN_ATOMIC)) {
                w.fault(Obligation.O5, Cause.UNLOCKED_IN_ATOMIC, op, caller.kind());
                specific = true;
            } else if (breaches.contains(Breach.LOCKED_FLAGS_WITHOUT_LOCK)) {
                w.fault(Obligation.O5, Cause.ADD_CANCELABLE_WITHOUT_LOCK, op, caller.kind());
                specific = true;
            }
            w.slots.set(slot, s.withCancelable(true));
            w.cancelable.add(0, slot);
            if (w.describes()) {
                w.say(w.label(slot) + " joins cancelable_uring_cmd");
            }
        }
        if (!specific && breaches.contains(Breach.NOT_THE_CALLBACKS_MASK)) {
            w.fault(Obligation.O5, Cause.FOREIGN_FLAGS, op, caller.kind());
        }
        return false;
    }

    /**
     * {@code io_uring_cmd_complete_in_task(cmd, cb)} ({@code __io_uring_cmd_do_in_task}): pushes the
     * request's one task-work node; a second push while one is pending breaks O4.
     */
    public static void completeInTask(World w, Caller caller, Value v, int handler) {
        Act op = Act.completeInTask(v.command(), handler);
        w.say(op);
        int slot = resolve(w, v, op);
        if (slot < 0) {
            return;
        }
        handOff(w, slot);
        if (afterDone(w, slot, op, caller.kind())) {
            return;
        }
        Slot s = w.slots.get(slot);
        if (s.taskWork() != TaskWorkKind.NONE) {
            w.fault(Obligation.O4, Cause.TASK_WORK_TWICE, op, caller.kind(), s.command());
            return;
        }
        if (!w.move(slot, Transition.TASK_WORK_ADD, op.from(caller.kind()))) {
            return;
        }
        w.slots.set(slot, w.slots.get(slot).withTaskWork(TaskWorkKind.DRIVER, handler, v.flags()));
        if (w.describes()) {
            w.say("io_req_task_work_add queues io_uring_cmd_work for " + w.label(slot));
        }
    }
}
