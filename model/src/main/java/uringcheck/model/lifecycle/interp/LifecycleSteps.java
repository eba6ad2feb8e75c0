package uringcheck.model.lifecycle.interp;

import java.util.List;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.kernel.Core;
import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Stimulus;
import uringcheck.model.lifecycle.program.SubmitMode;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskState;
import uringcheck.model.lifecycle.state.TaskWorkKind;
import uringcheck.model.lifecycle.state.UringCmdCall;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Transition;

/**
 * The steps that are not a driver statement: task work being run, ring-exit cancel passes, release, the
 * stimuli that start driver handlers from outside the ring, and what userspace does (submit, reuse an SQ
 * slot, close the ring or the file, exit, exec; the other holder of a shared ring closing it). Lists them
 * in a fixed order and performs them.
 */
public final class LifecycleSteps {

    private final Interpreter interp;
    private final Environment env;
    /** Per thread, the lists of enabled actions made so far ({@link ActionLists}). */
    private final ThreadLocal<ActionLists> lists = ThreadLocal.withInitial(ActionLists::new);

    public LifecycleSteps(Interpreter interp, Environment env) {
        this.interp = interp;
        this.env = env;
    }

    /**
     * Every enabled action of {@code s}, in a deterministic order: contexts first (one action per outcome of
     * a step with several), then the kernel's own steps, the stimuli, then userspace. The list is immutable,
     * and the same instance as an earlier call's with the same actions ({@link ActionLists}).
     */
    public List<LifecycleAction> enabled(LifecycleState s) {
        ActionLists out = lists.get().begin();
        boolean lockHeld = false;
        boolean taskBusy = false;
        boolean passRunning = false;
        for (int i = 0; i < s.contexts().size(); i++) {
            RunningContext c = s.contexts().get(i);
            lockHeld |= c.holdsUring();
            taskBusy |= c.kind().isTask() && c.started();
            passRunning |= c.kind().cancelPass();
        }
        if (!s.contexts().isEmpty()) {
            int unavailable = Interpreter.unavailableLocks(s);
            for (int i = 0; i < s.contexts().size(); i++) {
                if (interp.enabled(s, i, lockHeld, unavailable)) {
                    int outcomes = interp.outcomes(s, i);
                    for (int k = 0; k < outcomes; k++) {
                        out.add(LifecycleAction.of(LifecycleAction.Kind.STEP, i, k));
                    }
                }
            }
        }
        boolean lockFree = !lockHeld;
        boolean taskFree = s.task() == TaskState.ALIVE && !taskBusy;
        boolean twRunner = s.task() == TaskState.DEAD || !taskBusy;
        if (lockFree && twRunner) {
            for (int i = 0; i < s.slots().size(); i++) {
                if (s.slots().get(i).taskWork() != TaskWorkKind.NONE) {
                    out.add(LifecycleAction.of(LifecycleAction.Kind.TASK_WORK, i, 0));
                }
            }
        }
        if (s.ringClosed() && lockFree && !passRunning && s.anyAlive()) {
            out.add(LifecycleAction.of(LifecycleAction.Kind.RING_EXIT_PASS, 0, 0));
        }
        if (s.fileClosed() && !s.released() && !s.anyAlive()) {
            out.add(LifecycleAction.of(LifecycleAction.Kind.RELEASE, 0, 0));
        }
        stimuli(s, out);
        if (s.task() == TaskState.EXECING && lockFree && !passRunning) {
            out.add(LifecycleAction.of(LifecycleAction.Kind.EXEC, LifecycleAction.EXEC_LOOP, 0));
        }
        if (env.sharedRing() && !s.ringClosed()) {
            out.add(LifecycleAction.of(LifecycleAction.Kind.PEER_CLOSE_RING, 0, 0));
        }
        if (!taskFree) {
            return out.list();
        }
        if (lockFree && !s.ringClosed() && !s.fileClosed()) {
            int next = nextCommand(s);
            if (next < env.commands()) {
                out.add(LifecycleAction.of(LifecycleAction.Kind.SUBMIT, next, 0));
            }
        }
        if (env.sqReuse()) {
            for (int i = 0; i < s.slots().size(); i++) {
                Slot slot = s.slots().get(i);
                if (slot.alive() && !slot.sqeCopied() && !s.commands().get(slot.command()).sqReused()) {
                    out.add(LifecycleAction.of(LifecycleAction.Kind.SQ_REUSE, slot.command(), 0));
                }
            }
        }
        if (env.ringExit() && !s.ringClosed()) {
            out.add(LifecycleAction.of(LifecycleAction.Kind.CLOSE_RING, 0, 0));
        }
        if (env.taskExit()) {
            out.add(LifecycleAction.of(LifecycleAction.Kind.TASK_EXIT, 0, 0));
        }
        if (env.fileClose() && !s.fileClosed()) {
            out.add(LifecycleAction.of(LifecycleAction.Kind.CLOSE_FILE, 0, 0));
        }
        if (env.exec() && !s.ringClosed()) {
            out.add(LifecycleAction.of(LifecycleAction.Kind.EXEC, LifecycleAction.EXEC_BEGIN, 0));
        }
        return out.list();
    }

    /**
     * The stimuli that may fire: each below its bound, a per-command one once for every submitted command
     * (the command it targets is the action's choice).
     */
    private void stimuli(LifecycleState s, ActionLists out) {
        CompiledProgram program = interp.program();
        for (int i = 0; i < program.stimuli().size(); i++) {
            Stimulus st = program.stimuli().get(i);
            if (st.target() == Stimulus.Target.DEVICE) {
                if (s.fires().get(program.fireCounter(i, 0)) < st.max()) {
                    out.add(LifecycleAction.of(LifecycleAction.Kind.STIMULUS_FIRE, i, 0));
                }
                continue;
            }
            for (int k = 0; k < s.commands().size(); k++) {
                if (s.commands().get(k).submitted() && s.fires().get(program.fireCounter(i, k)) < st.max()) {
                    out.add(LifecycleAction.of(LifecycleAction.Kind.STIMULUS_FIRE, i, k));
                }
            }
        }
    }

    /**
     * Stimulus {@code stimulus} fires (for command {@code command} if it targets one): its handler's context
     * is created, not yet started, as {@code schedule_work} or {@code raise_irq} would; a device-level one
     * runs for no command ({@code command == -1}).
     */
    private void fire(World w, int stimulus, int command) {
        CompiledProgram program = interp.program();
        Stimulus st = program.stimuli().get(stimulus);
        int counter = program.fireCounter(stimulus, command);
        w.fires.set(counter, w.fires.get(counter) + 1);
        CompiledHandler h = program.stimulusHandler(stimulus);
        boolean perCommand = st.target() == Stimulus.Target.COMMAND;
        ContextKind kind = h.handler().kind() == HandlerKind.IRQ ? ContextKind.IRQ : ContextKind.KWORKER;
        w.contexts.add(interp.newContext(kind, h, perCommand ? command : -1, Value.EMPTY, false, false));
        if (w.describes()) {
            w.say("stimulus " + st.name() + " comes" + (perCommand ? " for cmd#" + command : " for the device")
                    + " (" + w.fires.get(counter) + " of at most " + st.max() + "): " + kind.actor() + " handler "
                    + h.name() + " will run");
        }
    }

    /** The first command userspace has not submitted yet. */
    public static int nextCommand(LifecycleState s) {
        int k = 0;
        while (k < s.commands().size() && s.commands().get(k).submitted()) {
            k++;
        }
        return k;
    }

    /** Who performs {@code a} in {@code s}. */
    public String actor(LifecycleState s, LifecycleAction a) {
        return switch (a.kind()) {
            case STEP -> s.contexts().get(a.index()).kind().actor();
            case TASK_WORK -> s.task() == TaskState.DEAD ? ContextKind.FALLBACK.actor() : ContextKind.TASK_WORK.actor();
            case RING_EXIT_PASS -> ContextKind.RING_EXIT_PASS.actor();
            case RELEASE -> ContextKind.RELEASE.actor();
            case STIMULUS_FIRE -> "stimulus";
            case EXEC -> a.index() == LifecycleAction.EXEC_LOOP ? ContextKind.EXEC_PASS.actor() : "userspace";
            default -> "userspace";
        };
    }

    /** Performs {@code a} on {@code w}. */
    public void perform(World w, LifecycleAction a) {
        switch (a.kind()) {
            case STEP -> interp.step(w, a.index(), a.choice());
            case TASK_WORK -> runTaskWork(w, a.index());
            case RING_EXIT_PASS -> {
                Core.cancelPendingIoWq(w, "io_uring_try_cancel_iowq");
                w.say("io_ring_exit_work: io_uring_try_cancel_requests takes uring_lock for a cancel pass");
                w.contexts.add(interp.newPass(ContextKind.RING_EXIT_PASS, w.cancelable.frozen()));
                passStart(w);
            }
            case RELEASE -> release(w);
            case STIMULUS_FIRE -> fire(w, a.index(), a.choice());
            case SUBMIT -> submit(w, a.index());
            case SQ_REUSE -> {
                CommandRecord r = w.commands.get(a.index());
                w.command(a.index(), CommandRecord.of(r.submitted(), r.returned(), r.cqes(), r.doneBy(), true));
                if (w.describes()) {
                    w.say("userspace writes a new SQE into the SQ ring slot cmd#" + a.index() + " was submitted from");
                }
            }
            case CLOSE_RING -> {
                w.ringClosed = true;
                w.say("userspace closes the ring: io_ring_ctx_wait_and_kill queues io_ring_exit_work");
            }
            case TASK_EXIT -> taskExit(w);
            case CLOSE_FILE -> {
                w.fileClosed = true;
                if (w.describes()) {
                    long refs = w.slots.stream().filter(Slot::alive).count();
                    w.say("userspace closes the driver's file; " + refs + " live request(s) still hold a reference");
                }
            }
            case EXEC -> {
                if (a.index() == LifecycleAction.EXEC_BEGIN) {
                    w.task = TaskState.EXECING;
                    if (w.describes()) {
                        w.say("the task calls execve: begin_new_exec → io_uring_task_cancel →"
                                + " io_uring_cancel_generic(cancel_all=true) waits until no request of the task is"
                                + " in flight");
                    }
                } else {
                    execLoop(w);
                }
            }
            case PEER_CLOSE_RING -> {
                w.ringClosed = true;
                if (w.describes()) {
                    w.say("the other process holding the ring closes it: io_uring_release → io_ring_ctx_wait_and_kill"
                            + " queues io_ring_exit_work");
                }
            }
            default -> throw new IllegalStateException(a.kind().name());
        }
    }

    /**
     * {@code do_exit} → {@code io_uring_files_cancel} → {@code io_uring_cancel_generic(false)}:
     * {@code io_wq_exit_start}, then the loop breaks at once because the task has no tracked request
     * ({@code tctx_inflight(tctx, true) == 0}: {@code io_req_track_inflight} sets {@code REQ_F_INFLIGHT} for
     * requests on io_uring files, futex waits and linked timeouts, never for a command on a driver's file), so no uring_cmd
     * cancel pass runs; {@code io_uring_clean_tctx} → {@code io_wq_put_and_exit} cancels the io-wq work not
     * started. Then {@code exit_files} drops the task's descriptors: the driver's file, and the ring, whose
     * {@code io_uring_release} queues {@code io_ring_exit_work} (its passes do the cancelling) unless another
     * process still holds it. Task work added from now on goes to the fallback kworker
     * ({@code io_req_normal_work_add} → {@code io_fallback_tw}).
     */
    private void taskExit(World w) {
        w.task = TaskState.DEAD;
        Core.cancelPendingIoWq(w, "io_uring_cancel_generic (io_wq_exit_start, then io_wq_put_and_exit)");
        if (w.describes()) {
            w.say("the task exits: io_uring_cancel_generic(cancel_all=false) finds no tracked request (REQ_F_INFLIGHT"
                    + " is never set on a uring_cmd to a driver's file) and runs no uring_cmd cancel pass");
        }
        w.fileClosed = true;
        if (env.sharedRing()) {
            if (w.describes()) {
                w.say("exit_files closes the driver's file; another process holds the ring, so it stays open;"
                        + " task work now runs in the fallback kworker");
            }
        } else {
            boolean open = !w.ringClosed;
            w.ringClosed = true;
            if (w.describes()) {
                w.say("exit_files closes the driver's file" + (open ? " and the ring (io_uring_release →"
                        + " io_ring_ctx_wait_and_kill queues io_ring_exit_work)" : "")
                        + "; task work now runs in the fallback kworker");
            }
        }
    }

    /**
     * One round of {@code io_uring_cancel_generic(true)}'s loop for {@code execve}: when no request of the
     * task is in flight ({@code tctx_inflight(tctx, false) == 0}) it breaks, {@code __io_uring_free} drops
     * the task context and exec goes on; otherwise {@code io_uring_try_cancel_requests(ctx, tctx, true)}
     * cancels the task's io-wq work not started ({@code io_cancel_task_cb}) and runs a uring_cmd cancel
     * pass over every cancelable command (with {@code cancel_all} the pass does not filter by task). In
     * between the task runs its task work and sleeps until a request completes: a command nothing
     * completes keeps exec waiting forever.
     */
    private void execLoop(World w) {
        if (!w.slots.stream().anyMatch(Slot::alive)) {
            w.task = TaskState.ALIVE;
            w.say("io_uring_cancel_generic finds no request of the task in flight: __io_uring_free, execve goes on");
            return;
        }
        Core.cancelPendingIoWq(w, "io_uring_try_cancel_requests (io_cancel_task_cb)");
        if (w.describes()) {
            w.say("io_uring_cancel_generic: io_uring_try_cancel_requests(cancel_all=true) takes uring_lock for a"
                    + " cancel pass");
        }
        w.contexts.add(interp.newPass(ContextKind.EXEC_PASS, w.cancelable.frozen()));
        passStart(w);
    }

    private void passStart(World w) {
        int ci = w.contexts.size() - 1;
        ContextFrame f = interp.passFrame(w.contexts.get(ci));
        interp.advancePass(w, f);
        if (f.finished) {
            w.contexts.remove(ci);
        } else {
            w.contexts.set(ci, f.freeze());
        }
    }

    /**
     * {@code io_submit_sqes}: {@code io_alloc_req} pops the most recently freed request (not zeroed), or,
     * when {@code free_list} is empty, {@code __io_alloc_req_refill} allocates a fresh one from the slab
     * (an empty cache never blocks submission), {@code io_uring_cmd_prep} fills it from the SQE, then
     * {@code io_queue_sqe} issues it inline under uring_lock (C1), or with IOSQE_ASYNC copies the SQE and
     * queues it to io-wq.
     */
    private void submit(World w, int k) {
        if (w.freeList.isEmpty()) {
            w.slots.add(Slot.fromSlab(interp.program().pduCells()));
            w.freeList.add(w.slots.size() - 1);
            w.say("io_alloc_req finds free_list empty: __io_alloc_req_refill allocates a fresh request");
        }
        int slot = w.freeList.remove(w.freeList.size() - 1);
        boolean inline = env.submissions().get(k) == SubmitMode.INLINE;
        Slot s = w.slots.get(slot).preppedFor(k, !inline);
        w.slots.set(slot, s);
        CommandRecord r = w.commands.get(k);
        w.command(k, CommandRecord.of(true, r.returned(), r.cqes(), r.doneBy(), r.sqReused()));
        if (w.describes()) {
            w.say("io_submit_sqes: io_uring_cmd_prep takes request slot " + slot + " from free_list for cmd#" + k
                    + " (" + StateView.pdu(s, interp.program()) + ")");
        }
        w.move(slot, Transition.SUBMIT, Act.of(Act.Kind.SUBMISSION, k));
        CompiledHandler h = interp.program().handler(HandlerKind.URING_CMD)
                .orElseThrow(() -> new IllegalArgumentException("the driver has no uring_cmd handler"));
        if (inline) {
            Value cmd = new Value(Value.Kind.COMMAND, slot, s.generation(), k, ContextKind.SUBMITTER.flags(), 0);
            w.contexts.add(interp.newContext(ContextKind.SUBMITTER, h, k, cmd, true, true));
            if (w.describes()) {
                w.say("io_queue_sqe takes uring_lock and calls uring_cmd(cmd#" + k + ", flags="
                        + IssueFlags.render(ContextKind.SUBMITTER.flags()) + ")");
            }
            interp.enterUringCmd(w, slot, UringCmdCall.ISSUE);
        } else {
            Value cmd = new Value(Value.Kind.COMMAND, slot, s.generation(), k, ContextKind.IOWQ.flags(), 0);
            w.contexts.add(interp.newContext(ContextKind.IOWQ, h, k, cmd, false, false));
            if (w.describes()) {
                w.say("IOSQE_ASYNC: the SQE is copied and cmd#" + k + " is queued to io-wq");
            }
        }
    }

    /**
     * The pending task work of the request in {@code slot} runs: by the task ({@code io_handle_tw_list},
     * under uring_lock) or, once the task exited, by the fallback kworker ({@code io_fallback_req_func},
     * with {@code tw.cancel}). A driver callback becomes a C4 context; the core's completion runs at once.
     * A node queued for a request that was freed since runs on the recycled request (O3): its callback's
     * {@code cmd} is a stale handle. {@code tw.cancel} is {@code io_should_terminate_tw}: the fallback
     * kworker (PF_KTHREAD), or a ring whose refs are dying once it was closed (3539b1467e94).
     */
    private void runTaskWork(World w, int slot) {
        Slot s = w.slots.get(slot);
        boolean fallback = w.task == TaskState.DEAD;
        if (s.taskWork() == TaskWorkKind.CORE || s.taskWork() == TaskWorkKind.FREE) {
            Core.runCoreTaskWork(w, slot);
            return;
        }
        CompiledHandler h = interp.program().handler(s.taskWorkHandler());
        w.slots.set(slot, s.withTaskWork(TaskWorkKind.NONE, -1, 0));
        int generation = s.generation();
        if (s.staleTaskWork()) {
            w.fault(Obligation.O3, Cause.TASK_WORK_ON_RECYCLED_REQUEST, slot, s.alive() ? s.command() : -1);
            generation = s.generation() - 1;
        } else {
            w.move(slot, Transition.TASK_WORK_RUN, Act.of(Act.Kind.TASK_WORK, w.slots.get(slot).command()));
        }
        ContextKind kind = fallback ? ContextKind.FALLBACK : ContextKind.TASK_WORK;
        Value cmd = new Value(Value.Kind.QUEUED_HANDLE, slot, generation, s.command(), s.taskWorkFlags(), 0);
        w.contexts.add(interp.newContext(kind, h, s.command(), cmd, true, true));
        if (w.describes()) {
            w.say("io_uring_cmd_work takes uring_lock and calls " + h.name() + "(cmd#" + s.command() + ", flags="
                    + IssueFlags.render(kind.flags()) + ")" + (fallback || w.ringClosed ? " with tw.cancel set" : ""));
        }
    }

    private void release(World w) {
        w.released = true;
        w.say("__fput: the last reference to the driver's file is gone");
        interp.program().handler(HandlerKind.RELEASE).ifPresentOrElse(
                h -> w.contexts.add(interp.newContext(ContextKind.RELEASE, h, -1, Value.EMPTY, false, false)),
                () -> w.say("the driver has no release handler"));
    }
}
