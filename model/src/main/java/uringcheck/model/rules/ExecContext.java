package uringcheck.model.rules;

import static uringcheck.model.rules.IssueFlags.CANCEL;
import static uringcheck.model.rules.IssueFlags.COMPLETE_DEFER;
import static uringcheck.model.rules.IssueFlags.INLINE;
import static uringcheck.model.rules.IssueFlags.IOWQ;
import static uringcheck.model.rules.IssueFlags.NONBLOCK;
import static uringcheck.model.rules.IssueFlags.UNLOCKED;

/**
 * The execution contexts of SPEC §2 that run driver code, with whether they hold {@code uring_lock} and
 * the {@code issue_flags} the core passes to a callback running in them.
 */
public enum ExecContext {
    /** Inline issue from {@code io_uring_enter} ({@code io_queue_sqe}). */
    C1("inline issue", true, NONBLOCK | COMPLETE_DEFER | INLINE),
    /** Deferred inline issue in task work ({@code io_req_task_submit}). */
    C2("deferred issue in task work", true, NONBLOCK | COMPLETE_DEFER),
    /** io-wq worker ({@code io_wq_submit_work}); never NONBLOCK for uring_cmd. */
    C3("io-wq worker", false, UNLOCKED | IOWQ),
    /** Driver task-work callback ({@code io_handle_tw_list}, or {@code io_fallback_req_func} with {@code tw.cancel}). */
    C4("task-work callback", true, COMPLETE_DEFER),
    /** Cancel pass ({@code io_uring_try_cancel_uring_cmd}). */
    C5("cancel pass", true, CANCEL | COMPLETE_DEFER),
    /** The driver's own context (kworker, timer, IRQ, another task, {@code f_op->release}): no flags are given. */
    C6("driver context", false, 0),
    /** IOPOLL reap (out of scope of both models so far). */
    C7("iopoll reap", true, 0);

    private final String description;
    private final boolean holdsUringLock;
    private final int issueFlags;

    ExecContext(String description, boolean holdsUringLock, int issueFlags) {
        this.description = description;
        this.holdsUringLock = holdsUringLock;
        this.issueFlags = issueFlags;
    }

    /** What the context is, in SPEC §2's words. */
    public String description() {
        return description;
    }

    /** Whether a callback in this context runs with {@code uring_lock} held. */
    public boolean holdsUringLock() {
        return holdsUringLock;
    }

    /** The {@code issue_flags} the core passes to a callback in this context (0 for C6 and C7). */
    public int issueFlags() {
        return issueFlags;
    }
}
