package uringcheck.model.lifecycle.state;

/** The submitter task: alive, running its exit cancel pass ({@code io_uring_cancel_generic}), or gone. */
public enum TaskState {
    ALIVE,
    EXITING,
    DEAD
}
