package uringcheck.model.lifecycle.state;

import uringcheck.model.rules.IssueFlags;

/**
 * The execution contexts of SPEC §2 that run driver code, each with the issue_flags the core gives the
 * callback and the {@code uring_lock} state it runs under.
 */
public enum ContextKind {
    /** C1: inline issue from {@code io_uring_enter} ({@code io_queue_sqe}); holds uring_lock, flush follows. */
    SUBMITTER("submitter", "C1", IssueFlags.NONBLOCK | IssueFlags.COMPLETE_DEFER | IssueFlags.INLINE, true, false),
    /** C3: io-wq worker ({@code io_wq_submit_work}); no uring_lock, never NONBLOCK for uring_cmd. */
    IOWQ("io-wq", "C3", IssueFlags.UNLOCKED | IssueFlags.IOWQ, false, false),
    /** C4: driver task-work callback run by the submitter task ({@code io_handle_tw_list}). */
    TASK_WORK("task-work", "C4", IssueFlags.COMPLETE_DEFER, true, false),
    /** C4 with {@code tw.cancel}: run by the fallback kworker after the task exited ({@code io_fallback_req_func}). */
    FALLBACK("fallback-kworker", "C4", IssueFlags.COMPLETE_DEFER, true, false),
    /** C5: the cancel pass of {@code io_ring_exit_work} ({@code io_uring_try_cancel_uring_cmd}). */
    RING_EXIT_PASS("ring-exit", "C5", IssueFlags.CANCEL | IssueFlags.COMPLETE_DEFER, true, false),
    /** C5: the cancel pass of task exit ({@code io_uring_cancel_generic}). */
    TASK_EXIT_PASS("cancel-pass", "C5", IssueFlags.CANCEL | IssueFlags.COMPLETE_DEFER, true, false),
    /** C6: a driver work item on a kworker: may sleep, no uring_lock, no issue_flags. */
    KWORKER("kworker", "C6", 0, false, false),
    /** C6: a driver interrupt handler: atomic, no uring_lock, no issue_flags. */
    IRQ("irq", "C6", 0, false, true),
    /** The driver's {@code f_op->release}, after the last file reference is gone: may sleep, no uring_lock. */
    RELEASE("release", "C6", 0, false, false);

    private final String actor;
    private final String id;
    private final int flags;
    private final boolean holdsUringLock;
    private final boolean atomic;

    ContextKind(String actor, String id, int flags, boolean holdsUringLock, boolean atomic) {
        this.actor = actor;
        this.id = id;
        this.flags = flags;
        this.holdsUringLock = holdsUringLock;
        this.atomic = atomic;
    }

    /** The actor name shown in traces. */
    public String actor() {
        return actor;
    }

    /** The SPEC §2 context id (C1..C6). */
    public String id() {
        return id;
    }

    /** The issue_flags the core passes to a callback in this context (0 where it passes none). */
    public int flags() {
        return flags;
    }

    /** Whether the context runs holding {@code uring_lock}, with a flush of {@code compl_reqs} to follow. */
    public boolean holdsUringLock() {
        return holdsUringLock;
    }

    /** Whether the context may not sleep (IRQ). */
    public boolean atomic() {
        return atomic;
    }

    /** Whether this is one of the two cancel passes (C5). */
    public boolean cancelPass() {
        return this == RING_EXIT_PASS || this == TASK_EXIT_PASS;
    }

    /** Whether the context is the submitter task itself (it cannot do anything else meanwhile). */
    public boolean isTask() {
        return this == SUBMITTER || this == TASK_WORK || this == TASK_EXIT_PASS;
    }
}
