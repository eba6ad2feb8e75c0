package uringcheck.model;

/**
 * Whether an action of a {@link Model} is guaranteed to happen, as the liveness check
 * ({@link Property.Kind#EVENTUALLY}) assumes it.
 *
 * <p>The check is fair to {@link #KERNEL} and {@link #EXIT} actions in the strong sense: a run on which
 * such an action is enabled again and again is a run on which it is taken again and again. Strong rather
 * than weak fairness, because a kernel context that waits for a lock is disabled while another holds it:
 * a kworker blocked in {@code mutex_lock(&ctx->uring_lock)} while {@code io_ring_exit_work} runs one
 * cancel pass after another is never continuously enabled, yet it does run: the exit work sleeps between
 * passes ({@code wait_for_completion_interruptible_timeout(&ctx->ref_comp, interval)}) and a mutex hands
 * itself to a starving waiter ({@code MUTEX_FLAG_HANDOFF}); queued spinlocks are FIFO. Weak fairness would
 * report that correct driver as a hang. The check assumes nothing of {@link #STIMULUS} actions: a run may
 * stop offering them, or stop at a state where only they are enabled (nobody acts any more), and the
 * counterexample names them ("never came").
 *
 * <p>A model that does not classify its actions has only kernel actions ({@link Model#fairness}'s
 * default): every action enabled again and again eventually runs, so a run can stop only in a state with
 * no enabled action.
 */
public enum Fairness {
    /**
     * A context the kernel guarantees will run once it is enabled (SPEC §2): task work of a live task
     * ({@code task_work_add} with TWA_SIGNAL runs it on the next return to user mode), the fallback kworker
     * ({@code io_fallback_tw} → {@code schedule_delayed_work}), io-wq workers ({@code io_wq_submit_work};
     * unstarted work is cancelled, never dropped), kworkers and interrupt handlers once scheduled or
     * raised, the cancel passes of {@code io_ring_exit_work} and task exit, the flush of
     * {@code compl_reqs}, and {@code __fput} calling {@code f_op->release}.
     */
    KERNEL,
    /**
     * Userspace's teardown, where the environment allows it: closing the ring or the driver's file, the
     * task's exit. It may come at any time and, if nothing else settles the system, it comes at the latest
     * when the process exits ({@code do_exit}: {@code io_uring_files_cancel}, then {@code exit_files}
     * drops every file, whose last {@code fput} runs {@code io_ring_exit_work} or {@code f_op->release}).
     * A command parked until cancellation (a ublk FETCH waiting for I/O) is therefore not a hang: O2 says
     * "by normal progress or by cancellation".
     */
    EXIT,
    /**
     * An optional stimulus nothing guarantees: userspace submissions, SQ ring slot reuse, and events from
     * outside (a request arriving, a server's reply).
     */
    STIMULUS;

    /** Whether the liveness check assumes the action happens when it is enabled again and again. */
    public boolean fair() {
        return this != STIMULUS;
    }
}
