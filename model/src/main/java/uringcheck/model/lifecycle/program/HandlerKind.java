package uringcheck.model.lifecycle.program;

/**
 * Which context runs a handler (SPEC §2). The three file operations are fixed by name; named handlers
 * declare one of the three deferred kinds.
 */
public enum HandlerKind {
    /** {@code f_op->uring_cmd}: issue (C1 inline, C3 io-wq). */
    URING_CMD,
    /** The driver's cancel branch of {@code uring_cmd}, called by each cancel pass (C5). */
    CANCEL,
    /** {@code f_op->release}: runs after the last file reference is gone. */
    RELEASE,
    /** A work item run by a kworker (C6, may sleep, holds no {@code uring_lock}). */
    KWORKER,
    /** An interrupt handler (C6, atomic: may not sleep, holds no {@code uring_lock}). */
    IRQ,
    /** A task-work callback (C4: the submitter task, or the fallback kworker with {@code tw.cancel}). */
    TASK_WORK
}
