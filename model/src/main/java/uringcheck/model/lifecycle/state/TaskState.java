package uringcheck.model.lifecycle.state;

/**
 * The submitter task: alive, inside {@code execve} waiting for its requests
 * ({@code begin_new_exec} → {@code io_uring_task_cancel} → {@code io_uring_cancel_generic(true)}), or gone
 * ({@code do_exit}). Task exit has no in-between state: with no tracked request
 * ({@code tctx_inflight(tctx, true) == 0}) {@code io_uring_cancel_generic(false)} returns without a pass.
 */
public enum TaskState {
    ALIVE,
    EXECING,
    DEAD
}
