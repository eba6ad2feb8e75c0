package uringcheck.model.rules;

/**
 * The events that move one request between {@link Phase}s, each named after the kernel function
 * it mirrors (mainline v6.18 to v7.0). The legal moves are in {@link TransitionTable}, the single
 * table shared by the explicit-state model and the concurrent runtime.
 */
public enum Transition {
    /** {@code io_submit_sqes} → {@code io_init_req} → {@code io_uring_cmd_prep}: a cached request is taken. */
    SUBMIT("io_uring_cmd_prep"),
    /** {@code io_uring_cmd} got {@code -EAGAIN} under NONBLOCK, set REISSUE; {@code io_queue_async} punts to io-wq. */
    PUNT_TO_IOWQ("io_uring_cmd, io_queue_async"),
    /** The issue returned a result other than {@code -EAGAIN}/{@code -EIOCBQUEUED} (or -EAGAIN without NONBLOCK): the core completes it. */
    COMPLETE_SYNC("io_uring_cmd, io_req_complete_defer / io_req_complete_post"),
    /** The issue returned {@code -EIOCBQUEUED}: the driver owns one completion. */
    QUEUE("io_uring_cmd (-EIOCBQUEUED)"),
    /** {@code io_uring_cmd_complete_in_task}: one task-work item is pushed for the queued request. */
    TASK_WORK_ADD("__io_uring_cmd_do_in_task, io_req_task_work_add"),
    /** The driver's task-work callback runs (by the task, or the fallback kworker). */
    TASK_WORK_RUN("io_uring_cmd_work, io_handle_tw_list / io_fallback_req_func"),
    /** {@code io_uring_cmd_mark_cancelable}: the request joins {@code cancelable_uring_cmd}. */
    MARK_CANCELABLE("io_uring_cmd_mark_cancelable"),
    /** A cancel pass calls the driver's {@code uring_cmd} with {@code CANCEL|COMPLETE_DEFER}. */
    CANCEL_CALL("io_uring_try_cancel_uring_cmd"),
    /** The driver completes the queued request. */
    DONE("__io_uring_cmd_done"),
    /** A flush posts the CQE and recycles the request into {@code free_list}. */
    FLUSH("__io_submit_flush_completions, io_free_batch_list");

    private final String kernelFunction;

    Transition(String kernelFunction) {
        this.kernelFunction = kernelFunction;
    }

    /** The kernel function(s) this transition mirrors. */
    public String kernelFunction() {
        return kernelFunction;
    }
}
