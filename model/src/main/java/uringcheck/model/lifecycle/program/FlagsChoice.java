package uringcheck.model.lifecycle.program;

/**
 * Which {@code issue_flags} a driver passes to {@code done} or {@code mark_cancelable} (SPEC §5, O5).
 */
public enum FlagsChoice {
    /** The issue_flags captured in {@code uring_cmd} and carried along (the v4 sample's choice). */
    FORWARDED,
    /** The flags of the callback now running (legal inside a callback the core called). */
    CURRENT,
    /** {@code IO_URING_F_UNLOCKED}: legal from a context holding no {@code uring_lock}. */
    UNLOCKED,
    /** The task-work constant ({@code COMPLETE_DEFER}, what a task-work callback runs with). */
    TASK_WORK,
    /** No flags at all: "the caller holds the lock but no flush is promised". */
    ZERO
}
