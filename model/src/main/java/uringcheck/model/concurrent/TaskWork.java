package uringcheck.model.concurrent;

import uringcheck.model.rules.ExecContext;

/**
 * A driver task-work callback ({@code io_uring_cmd_complete_in_task}'s {@code task_work_cb}). The
 * runtime runs it in {@link ExecContext#C4} with uring_lock held and passes the task-work mask
 * ({@code COMPLETE_DEFER}); it must complete, re-arm or hand the command on (O4).
 */
@FunctionalInterface
public interface TaskWork {
    /** Runs the callback for {@code cmd} with the task-work {@code issueFlags}. */
    void run(Cmd cmd, int issueFlags);
}
