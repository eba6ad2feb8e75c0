package uringcheck.model.lifecycle.abstraction;

/**
 * The API a driver program is written against (SPEC §7, ARCHITECTURE "the abstraction under test"). Each
 * constant carries its two halves: what the API does at run time ({@link #semantics()}) and what it lets
 * a driver write ({@link #api()}). This enum is the only list of abstractions in the code besides the
 * scenario format's word table; adding one is adding a constant and its two types (docs/architecture.md).
 */
public enum Abstraction {
    /**
     * The seed patches: v4 {@code io_uring.rs} types ({@code IoUringCmd}, {@code QueuedIoUringCmd},
     * {@code UringCmdAction}) with the v5 {@code miscdevice.rs} vtable, which zeroes the PDU when
     * REISSUE is clear and maps {@code Complete(ret)} to ret, {@code Queued} to {@code -EIOCBQUEUED},
     * {@code Err(e)} to the errno. Safe Rust only: handles move, {@code done} consumes its handle.
     */
    SEED(new SeedSemantics(), new SeedApi()),
    /**
     * {@link #SEED} plus v5 2/4: {@code QueuedIoUringCmd::complete_in_task} (task-work completion) and a
     * public task-work issue-flags constant usable from any context (SPEC §7 D). For the soundness sweep
     * it also carries the cancel binding a later patch would add the obvious way ({@code mark_cancelable}
     * taking issue flags, the cancel call handing the driver a {@code QueuedIoUringCmd}), which is what
     * makes SPEC §7 E reachable (docs/soundness.md). Its run-time semantics are the seed's.
     */
    V5(new SeedSemantics(), new V5Api()),
    /**
     * The sound shape of SPEC §7 (docs/soundness.md): the vtable decides {@code -EIOCBQUEUED} from a
     * per-call slot, the fresh command cannot outlive the callback, {@code done} takes the running
     * callback's capability or is {@code done_unlocked} (kworker only), the PDU is zeroed only on the
     * first issue, and cancel calls get a borrowed view of the command that cannot complete it.
     */
    FIXED(new FixedSemantics(), new FixedApi()),
    /** The raw C API: no typestate; a driver can call anything at any time. */
    C(new CSemantics(), new CApi());

    private final AbstractionSemantics semantics;
    private final ApiRules api;

    Abstraction(AbstractionSemantics semantics, ApiRules api) {
        this.semantics = semantics;
        this.api = api;
    }

    /** What the API adds to the kernel's behaviour at run time (the model's interpreter asks it). */
    public AbstractionSemantics semantics() {
        return semantics;
    }

    /** What the API lets a driver write (the scenario validator and the soundness sweep ask it). */
    public ApiRules api() {
        return api;
    }
}
