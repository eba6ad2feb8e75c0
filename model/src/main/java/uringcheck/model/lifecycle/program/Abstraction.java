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
    /** The raw C API: no typestate; a driver can call anything at any time. */
    C
}
