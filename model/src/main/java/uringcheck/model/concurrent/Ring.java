package uringcheck.model.concurrent;

import static uringcheck.model.rules.IssueFlags.CMD_CANCELABLE;
import static uringcheck.model.rules.IssueFlags.CMD_REISSUE;
import static uringcheck.model.rules.IssueFlags.COMPLETE_DEFER;
import static uringcheck.model.rules.IssueFlags.NONBLOCK;
import static uringcheck.model.rules.IssueFlags.UNLOCKED;
import static uringcheck.model.rules.IssueFlags.has;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import uringcheck.model.Obligation;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.ExecContext;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;

/**
 * One ring ({@code struct io_ring_ctx}) for real threads: submission, issue through the {@link Driver},
 * io-wq, task work, completion, flush into the CQ, cancel passes and request recycling (SPEC §1-§3).
 *
 * <p>{@code uring_lock} is a real {@link ReentrantLock}. The lists SPEC §1 puts under it
 * ({@code free_list}, {@code compl_reqs}, {@code cmd_cache}, {@code cancelable_uring_cmd}, and the CQ
 * here) are only touched with it held, and that is asserted at every access. The task-work list (the
 * kernel's lock-free llist, pushed from any context) is guarded by its own short monitor. Every phase move goes through {@link Request#move}, i.e. through
 * {@link uringcheck.model.rules.TransitionTable}; every breach throws a {@link LifecycleViolation}.
 *
 * <p>Who calls what: the submitter task calls {@link #submit} and {@link #runTaskWork}; io-wq items run
 * on the {@link Workqueue} given at construction; the ring-exit or task-exit path calls
 * {@link #cancelPass}; the application calls {@link #reap}. Driver code runs in {@link ExecContext#C6}
 * unless the runtime called it, and in atomic context inside {@link #inIrq}.
 */
public final class Ring {
    private final Driver driver;
    private final Workqueue ioWq;
    private final ReentrantLock uringLock = new ReentrantLock();
    private final ArrayDeque<Runnable> taskWork = new ArrayDeque<>();
    private final ArrayDeque<Request> freeList = new ArrayDeque<>();
    private final List<Request> complReqs = new ArrayList<>();
    private final ArrayDeque<AsyncCmd> cmdCache = new ArrayDeque<>();
    private final ArrayDeque<Request> cancelable = new ArrayDeque<>();
    private final List<Cqe> cq = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();

    /** {@code struct io_async_cmd}: async data taken from {@code cmd_cache} at prep, put back at cleanup. */
    private static final class AsyncCmd {
    }

    /** A ring whose commands go to {@code driver} and whose io-wq items run on {@code ioWq}. */
    public Ring(Driver driver, Workqueue ioWq) {
        this.driver = driver;
        this.ioWq = ioWq;
    }

    /**
     * {@code io_uring_enter} submitting one SQE: takes {@code uring_lock}, takes a request from the free
     * list (a new one when empty, fresh from the slab with a zero PDU; a recycled one keeps its PDU),
     * preps it and issues it along {@code path}; an inline issue is followed by a flush.
     *
     * @return the handle minted for this submission
     */
    public Cmd submit(long userData, SubmitPath path) {
        requireNotHeld("io_uring_enter");
        uringLock.lock();
        try {
            Request request = freeList.pollFirst();
            if (request == null) {
                request = new Request(requests.size());
                requests.add(request);
            }
            int generation = request.move(Transition.SUBMIT, -1, ExecContext.C1, 0, false);
            request.flags.set(0);
            request.userData = userData;
            takeAsyncData(request);
            Cmd cmd = new Cmd(this, request, generation, userData, true);
            switch (path) {
                case INLINE -> {
                    issue(cmd, ExecContext.C1);
                    flushLocked(ExecContext.C1);
                }
                case DEFERRED -> pushTaskWork(() -> issue(cmd, ExecContext.C2));
                case ASYNC -> ioWq.schedule("iou-wrk", () -> issue(cmd, ExecContext.C3));
            }
            return cmd;
        } finally {
            uringLock.unlock();
        }
    }

    /**
     * Runs the pending task work as the submitter task does ({@code io_handle_tw_list}): driver
     * callbacks in {@link ExecContext#C4}, deferred issues in {@link ExecContext#C2}, and completions queued by
     * {@code done} without {@code COMPLETE_DEFER}; then flushes.
     *
     * @return how many task-work items ran
     */
    public int runTaskWork() {
        requireNotHeld("task work");
        uringLock.lock();
        try {
            int ran = 0;
            for (Runnable item = pollTaskWork(); item != null; item = pollTaskWork()) {
                item.run();
                ran++;
            }
            flushLocked(ExecContext.C4);
            return ran;
        } finally {
            uringLock.unlock();
        }
    }

    /**
     * One cancel pass ({@code io_uring_try_cancel_uring_cmd}), as ring exit and task exit run it: with
     * {@code uring_lock} held, calls the driver's {@code uring_cmd} with {@code CANCEL|COMPLETE_DEFER}
     * for every command still on {@code cancelable_uring_cmd} (newest first, like {@code hlist}), then
     * flushes.
     *
     * @return how many cancel calls were made
     */
    public int cancelPass() {
        requireNotHeld("cancel pass");
        uringLock.lock();
        try {
            int calls = 0;
            for (Request request : List.copyOf(cancelable)) {
                if (!cancelable.contains(request)) {
                    continue;
                }
                int flags = ExecContext.C5.issueFlags();
                int generation = request.move(Transition.CANCEL_CALL, -1, ExecContext.C5, flags, false);
                Cmd cmd = new Cmd(this, request, generation, request.userData, true);
                new Frame(ExecContext.C5, flags, false, null, null).call(() -> driver.uringCmd(cmd, flags));
                calls++;
            }
            flushLocked(ExecContext.C5);
            return calls;
        } finally {
            uringLock.unlock();
        }
    }

    /** The application reaping the CQ: every CQE posted since the last reap, in posting order. */
    public List<Cqe> reap() {
        uringLock.lock();
        try {
            List<Cqe> out = List.copyOf(cq);
            cq.clear();
            return out;
        } finally {
            uringLock.unlock();
        }
    }

    /** How many requests are not back in the free list (0 at quiescence, else something leaked or hangs). */
    public int inFlight() {
        uringLock.lock();
        try {
            int count = 0;
            for (Request request : requests) {
                if (Request.phaseOf(request.state()) != Phase.RELEASED) {
                    count++;
                }
            }
            return count;
        } finally {
            uringLock.unlock();
        }
    }

    /** How many commands are on {@code cancelable_uring_cmd}. */
    public int cancelableCount() {
        uringLock.lock();
        try {
            return cancelable.size();
        } finally {
            uringLock.unlock();
        }
    }

    /**
     * Runs {@code body} as an interrupt handler: {@link ExecContext#C6}, atomic (it may not sleep). The
     * context is the thread's, whatever ring the body touches.
     */
    public static void inIrq(Runnable body) {
        new Frame(ExecContext.C6, 0, true, null, null).run(body);
    }

    /** The context the current thread runs in: the innermost callback the runtime made, else C6. */
    public static ExecContext currentContext() {
        return frame().context;
    }

    private static Frame frame() {
        return Frame.current();
    }

    private void issue(Cmd cmd, ExecContext context) {
        int flags = context.issueFlags();
        Request request = cmd.request;
        Frame frame = new Frame(context, flags, false, cmd, null);
        int ret = frame.call(() -> driver.uringCmd(cmd, flags));
        if (ret == Errno.EIOCBQUEUED.value()) {
            if (!frame.queued) {
                request.move(Transition.QUEUE, cmd.generation, context, flags, false);
            }
            return;
        }
        boolean punt = ret == Errno.EAGAIN.value() && has(flags, NONBLOCK);
        Transition transition = punt ? Transition.PUNT_TO_IOWQ : Transition.COMPLETE_SYNC;
        if (frame.queued) {
            List<Obligation> broken = List.of(Obligation.O12, Obligation.O1, Obligation.O13);
            throw request.violation(broken, request.describe(transition, cmd.generation, context, flags).get()
                    + ": the driver queued the command in this call but returned " + ret
                    + " (escape via Err: the core completes or reissues a command a handle still owns)");
        }
        request.move(transition, cmd.generation, context, flags, false);
        if (punt) {
            request.flags.getAndUpdate(f -> f | CMD_REISSUE);
            ioWq.schedule("iou-wrk", () -> issue(cmd, ExecContext.C3));
            return;
        }
        request.result = ret;
        if (context.holdsUringLock()) {
            addCompletion(request, context, flags);
        } else {
            uringLock.lock();
            try {
                addCompletion(request, context, flags);
                flushLocked(context);
            } finally {
                uringLock.unlock();
            }
        }
    }

    void queue(Cmd cmd) {
        Frame frame = frame();
        Request request = cmd.request;
        if (frame.issuing == null || !frame.issuing.equals(cmd)) {
            throw request.violation(List.of(Obligation.O12),
                    request.describe(Transition.QUEUE, cmd.generation, frame.context, frame.issueFlags).get()
                            + ": queue() outside this command's own issue call");
        }
        request.move(Transition.QUEUE, cmd.expectedGeneration(), frame.context, frame.issueFlags, false);
        frame.queued = true;
    }

    /**
     * {@code __io_uring_cmd_done}: the O3/O4/O5 checks before any side effect, then the kernel's steps
     * (cancelable removal under {@code io_ring_submit_lock}, result, {@code cmd_cache} cleanup, dispatch).
     * The move to DONE, the removal from {@code cancelable_uring_cmd} and the hand-over to
     * {@code compl_reqs} or task work are one step for every other path of the ring: they happen under
     * {@code uring_lock} when it is held or was taken for a cancelable command, and under the task-work
     * list's monitor when they hand over to task work. The kernel clears the CANCELABLE bit before it
     * sets the result; here the bit is cleared right after the move, in the same locked section, so a
     * racing second {@code done} cannot slip past the lock between the two.
     */
    void done(Cmd cmd, int res, int flags) {
        Request request = cmd.request;
        Frame frame = frame();
        boolean ownTaskWork = frame.ownsTaskWorkOf(cmd);
        try {
            request.requireLegal(Transition.DONE, cmd.expectedGeneration(), frame.context, flags, ownTaskWork);
        } catch (LifecycleViolation refused) {
            throw settle(refused, Transition.DONE, cmd, frame, flags, ownTaskWork);
        }
        boolean cancelableCommand = has(request.flags.get(), CMD_CANCELABLE);
        checkFlags(request, cmd, Transition.DONE, flags, frame, cancelableCommand);
        if (cancelableCommand) {
            submitLock(flags);
        }
        try {
            if (has(flags, COMPLETE_DEFER)) {
                request.move(Transition.DONE, cmd.expectedGeneration(), frame.context, flags, ownTaskWork);
                dropCancelable(request, frame, flags);
                request.result = res;
                requireLock(request, "cmd_cache", frame, flags);
                putAsyncData(request);
                addCompletion(request, frame.context, flags);
                return;
            }
            LifecycleViolation refused = null;
            synchronized (taskWork) {
                try {
                    request.move(Transition.DONE, cmd.expectedGeneration(), frame.context, flags, ownTaskWork);
                } catch (LifecycleViolation violation) {
                    refused = violation;
                }
                if (refused == null) {
                    dropCancelable(request, frame, flags);
                    request.result = res;
                    if (!has(flags, UNLOCKED)) {
                        requireLock(request, "cmd_cache", frame, flags);
                        putAsyncData(request);
                    }
                    taskWork.add(() -> addCompletion(request, ExecContext.C4, COMPLETE_DEFER));
                }
            }
            if (refused != null) {
                throw settle(refused, Transition.DONE, cmd, frame, flags, ownTaskWork);
            }
        } finally {
            if (cancelableCommand) {
                submitUnlock(flags);
            }
        }
    }

    /** {@code io_uring_cmd_del_cancelable}: clears CANCELABLE and leaves the list, under uring_lock. */
    private void dropCancelable(Request request, Frame frame, int flags) {
        if (has(request.flags.getAndUpdate(f -> f & ~CMD_CANCELABLE), CMD_CANCELABLE)) {
            requireLock(request, "cancelable_uring_cmd", frame, flags);
            cancelable.remove(request);
        }
    }

    void markCancelable(Cmd cmd, int flags) {
        Request request = cmd.request;
        Frame frame = frame();
        try {
            request.requireLegal(Transition.MARK_CANCELABLE, cmd.expectedGeneration(), frame.context, flags, false);
        } catch (LifecycleViolation refused) {
            throw settle(refused, Transition.MARK_CANCELABLE, cmd, frame, flags, false);
        }
        checkFlags(request, cmd, Transition.MARK_CANCELABLE, flags, frame, true);
        if (!has(request.flags.getAndUpdate(f -> f | CMD_CANCELABLE), CMD_CANCELABLE)) {
            submitLock(flags);
            try {
                requireLock(request, "cancelable_uring_cmd", frame, flags);
                cancelable.addFirst(request);
            } finally {
                submitUnlock(flags);
            }
        }
        request.move(Transition.MARK_CANCELABLE, cmd.expectedGeneration(), frame.context, flags, false);
    }

    void completeInTask(Cmd cmd, TaskWork callback) {
        Request request = cmd.request;
        Frame frame = frame();
        boolean rearm = frame.ownsTaskWorkOf(cmd);
        LifecycleViolation refused = null;
        synchronized (taskWork) {
            try {
                int generation = request.move(Transition.TASK_WORK_ADD, cmd.expectedGeneration(), frame.context, 0,
                        rearm);
                Cmd handle = new Cmd(this, request, generation, cmd.userData(), true);
                taskWork.add(() -> runDriverTaskWork(handle, callback));
            } catch (LifecycleViolation violation) {
                refused = violation;
            }
        }
        if (refused != null) {
            throw settle(refused, Transition.TASK_WORK_ADD, cmd, frame, 0, rearm);
        }
        if (rearm) {
            frame.rearmed = true;
        }
    }

    /**
     * A move refused on a state read without uring_lock may have seen a cancel pass or a flush half-way
     * (each runs entirely under the lock). The refusal is re-examined under uring_lock, so the report
     * names a state the ring's own paths agree on (a completion after a cancel pass's flush is a use
     * after done, O3, not a half-flushed O1). If the move has become legal meanwhile, the first refusal
     * stands: it was true when read. Never called with the task-work monitor held (lock order).
     */
    private LifecycleViolation settle(LifecycleViolation refused, Transition transition, Cmd cmd, Frame frame,
            int flags, boolean ownTaskWork) {
        if (uringLock.isHeldByCurrentThread()) {
            return refused;
        }
        uringLock.lock();
        try {
            cmd.request.requireLegal(transition, cmd.expectedGeneration(), frame.context, flags, ownTaskWork);
            return refused;
        } catch (LifecycleViolation settled) {
            return settled;
        } finally {
            uringLock.unlock();
        }
    }

    private void runDriverTaskWork(Cmd cmd, TaskWork callback) {
        int flags = ExecContext.C4.issueFlags();
        cmd.request.move(Transition.TASK_WORK_RUN, cmd.generation, ExecContext.C4, flags, true);
        Frame frame = new Frame(ExecContext.C4, flags, false, null, cmd);
        frame.run(() -> callback.run(cmd, flags));
        if (!frame.rearmed) {
            cmd.request.endTaskWork(cmd.generation);
        }
    }

    private void pushTaskWork(Runnable item) {
        synchronized (taskWork) {
            taskWork.add(item);
        }
    }

    private Runnable pollTaskWork() {
        synchronized (taskWork) {
            return taskWork.pollFirst();
        }
    }

    /** O5, asserted before any side effect: see {@link FlagDiscipline#problem}. */
    private void checkFlags(Request request, Cmd cmd, Transition transition, int flags, Frame frame,
            boolean cancelableCommand) {
        String problem = FlagDiscipline.problem(flags, uringLock.isHeldByCurrentThread(), frame, cancelableCommand);
        if (problem != null) {
            throw request.violation(List.of(Obligation.O5),
                    request.describe(transition, cmd.generation, frame.context, flags).get() + ": " + problem);
        }
    }

    /** {@code io_ring_submit_lock}: takes the mutex only when UNLOCKED is set. */
    private void submitLock(int flags) {
        if (has(flags, UNLOCKED)) {
            uringLock.lock();
        }
    }

    private void submitUnlock(int flags) {
        if (has(flags, UNLOCKED)) {
            uringLock.unlock();
        }
    }

    private void requireLock(Request request, String list, Frame frame, int flags) {
        if (!uringLock.isHeldByCurrentThread()) {
            throw request.violation(List.of(Obligation.O5), list + " touched for request #" + request.index
                    + " by " + Thread.currentThread().getName() + " (" + frame.context + ", "
                    + IssueFlags.render(flags) + ") without uring_lock");
        }
    }

    private void requireNotHeld(String what) {
        if (uringLock.isHeldByCurrentThread()) {
            throw new IllegalStateException(what + " entered by " + Thread.currentThread().getName()
                    + " with uring_lock already held: it takes the lock itself");
        }
    }

    private void addCompletion(Request request, ExecContext context, int flags) {
        requireLock(request, "compl_reqs", new Frame(context, flags, false, null, null), flags);
        complReqs.add(request);
    }

    /** {@code __io_submit_flush_completions}: posts one CQE per completed request and recycles it. */
    private void flushLocked(ExecContext context) {
        for (Request request : complReqs) {
            requireLock(request, "compl_reqs flush", new Frame(context, 0, false, null, null), 0);
            cq.add(new Cqe(request.userData, request.result));
            putAsyncData(request);
            request.move(Transition.FLUSH, -1, context, 0, false);
            freeList.addFirst(request);
        }
        complReqs.clear();
    }

    private void takeAsyncData(Request request) {
        AsyncCmd data = cmdCache.pollFirst();
        request.asyncData = data == null ? new AsyncCmd() : data;
    }

    private void putAsyncData(Request request) {
        AsyncCmd data = (AsyncCmd) request.asyncData;
        if (data != null) {
            request.asyncData = null;
            cmdCache.addFirst(data);
        }
    }
}
