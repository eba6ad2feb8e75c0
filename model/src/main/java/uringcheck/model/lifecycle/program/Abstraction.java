package uringcheck.model.lifecycle.program;

/**
 * The API a driver program is written against (SPEC §7, ARCHITECTURE "the abstraction under test").
 */
public enum Abstraction {
    /**
     * The seed patches: v4 {@code io_uring.rs} types ({@code IoUringCmd}, {@code QueuedIoUringCmd},
     * {@code UringCmdAction}) with the v5 {@code miscdevice.rs} vtable, which zeroes the PDU when
     * REISSUE is clear and maps {@code Complete(ret)} to ret, {@code Queued} to {@code -EIOCBQUEUED},
     * {@code Err(e)} to the errno. Safe Rust only: handles move, {@code done} consumes its handle.
     */
    SEED,
    /**
     * {@link #SEED} plus v5 2/4: {@code QueuedIoUringCmd::complete_in_task} (task-work completion) and a
     * public task-work issue-flags constant usable from any context (SPEC §7 D). For the soundness sweep
     * it also carries the cancel binding a later patch would add the obvious way ({@code mark_cancelable}
     * taking issue flags, the cancel call handing the driver a {@code QueuedIoUringCmd}), which is what
     * makes SPEC §7 E reachable (docs/soundness.md).
     */
    V5,
    /**
     * The sound shape of SPEC §7 (docs/soundness.md): the vtable decides {@code -EIOCBQUEUED} from a
     * per-call slot, the fresh command cannot outlive the callback, {@code done} takes the running
     * callback's capability or is {@code done_unlocked} (kworker only), the PDU is zeroed only on the
     * first issue, and cancel calls get a borrowed view of the command that cannot complete it.
     */
    FIXED,
    /** The raw C API: no typestate; a driver can call anything at any time. */
    C
}
