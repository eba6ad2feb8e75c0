package uringcheck.model.lifecycle.state;

import uringcheck.model.rules.ExecContext;

/**
 * The actors of the lifecycle model that run driver code, each in one SPEC §2 {@link ExecContext}
 * (which gives the issue_flags and the {@code uring_lock} state) plus what only the model distinguishes:
 * the actor name in traces, whether it is atomic, whether it is a cancel pass or the submitter task.
 */
public enum ContextKind {
    /** C1: inline issue from {@code io_uring_enter} ({@code io_queue_sqe}); holds uring_lock, flush follows. */
    SUBMITTER("submitter", ExecContext.C1, false),
    /** C3: io-wq worker ({@code io_wq_submit_work}); no uring_lock, never NONBLOCK for uring_cmd. */
    IOWQ("io-wq", ExecContext.C3, false),
    /** C4: driver task-work callback run by the submitter task ({@code io_handle_tw_list}). */
    TASK_WORK("task-work", ExecContext.C4, false),
    /** C4 with {@code tw.cancel}: run by the fallback kworker after the task exited ({@code io_fallback_req_func}). */
    FALLBACK("fallback-kworker", ExecContext.C4, false),
    /** C5: the cancel pass of {@code io_ring_exit_work} ({@code io_uring_try_cancel_uring_cmd}). */
    RING_EXIT_PASS("ring-exit", ExecContext.C5, false),
    /**
     * C5: a cancel pass of {@code execve} ({@code begin_new_exec} → {@code io_uring_task_cancel} →
     * {@code io_uring_cancel_generic(true)} → {@code io_uring_try_cancel_requests} with {@code cancel_all}),
     * run by the task itself.
     */
    EXEC_PASS("exec-cancel", ExecContext.C5, false),
    /** C6: a driver work item on a kworker: may sleep, no uring_lock, no issue_flags. */
    KWORKER("kworker", ExecContext.C6, false),
    /** C6: a driver interrupt handler: atomic, no uring_lock, no issue_flags. */
    IRQ("irq", ExecContext.C6, true),
    /** The driver's {@code f_op->release}, after the last file reference is gone: may sleep, no uring_lock. */
    RELEASE("release", ExecContext.C6, false);

    private final String actor;
    private final ExecContext context;
    private final boolean atomic;

    ContextKind(String actor, ExecContext context, boolean atomic) {
        this.actor = actor;
        this.context = context;
        this.atomic = atomic;
    }

    /** The actor name shown in traces. */
    public String actor() {
        return actor;
    }

    /** The SPEC §2 context this actor runs in. */
    public ExecContext context() {
        return context;
    }

    /** The SPEC §2 context id (C1..C6). */
    public String id() {
        return context.name();
    }

    /** The issue_flags the core passes to a callback in this context (0 where it passes none). */
    public int flags() {
        return context.issueFlags();
    }

    /** Whether the context runs holding {@code uring_lock}, with a flush of {@code compl_reqs} to follow. */
    public boolean holdsUringLock() {
        return context.holdsUringLock();
    }

    /** Whether the context may not sleep (IRQ). */
    public boolean atomic() {
        return atomic;
    }

    /** Whether this is one of the two cancel passes (C5). */
    public boolean cancelPass() {
        return this == RING_EXIT_PASS || this == EXEC_PASS;
    }

    /** Whether the context is the submitter task itself (it cannot do anything else meanwhile). */
    public boolean isTask() {
        return this == SUBMITTER || this == TASK_WORK || this == EXEC_PASS;
    }
}
