package uringcheck.model.lifecycle.abstraction;

import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.Errno;

/**
 * What the API under test adds to the kernel's behaviour, as data a scenario selects (SPEC §7): whether
 * handles move (Rust ownership) or are copied (C pointers), whether a vtable wrapper zeroes the PDU, how
 * a handler's return value becomes the {@code int} the core sees, and whether the wrapper can tell that a
 * {@code -EIOCBQUEUED} has no queued handle behind it. What the API lets a driver write is its twin,
 * {@link ApiRules}; {@link Abstraction#semantics()} gives the semantics of each abstraction.
 */
public interface AbstractionSemantics {

    /**
     * Whether using a handle or token moves it: {@code done} consumes its handle, {@code queue()} and
     * {@code complete()} consume the command, a store moves the value into the field and a load takes it
     * out ({@code Option::take}). Under C every such use copies a pointer.
     */
    boolean movesValues();

    /** Whether the wrapper zeroes the PDU on every {@code f_op->uring_cmd} call with REISSUE clear. */
    boolean zeroesPduWithoutReissue();

    /**
     * Whether the wrapper zeroes the PDU on entering {@code f_op->uring_cmd} for one call (SPEC §4).
     * The default zeroes whenever REISSUE is clear, as {@link #zeroesPduWithoutReissue()} says (the v5
     * vtable, which also zeroes on cancel calls: SPEC §7 E).
     *
     * @param firstIssue the call is the first issue of the request (not a cancel call, not a reissue)
     * @param reissue    {@code IORING_URING_CMD_REISSUE} is set
     */
    default boolean zeroesPdu(boolean firstIssue, boolean reissue) {
        return zeroesPduWithoutReissue() && !reissue;
    }

    /**
     * The {@code int} the vtable hands the core for an issue call, given the driver's result (already
     * mapped by {@link #result}), whether a queued handle was minted in this very call ({@code queue()}),
     * and the call's issue_flags. The default passes the driver's result through (seed, v5, C); the
     * fixed shape decides {@code -EIOCBQUEUED} from the per-call slot (SPEC §7, docs/soundness.md).
     */
    default int vtableResult(int driverResult, boolean minted, int issueFlags) {
        return driverResult;
    }

    /**
     * Whether the vtable trusts the {@code UringCmdAction} token the driver returns: a {@code Queued}
     * token becomes {@code -EIOCBQUEUED} whichever command it was minted for (SPEC §7 B). When true, the
     * model records O13 for a {@code Queued} token returned by an issue call of another request. The
     * fixed shape ignores tokens ({@link #vtableResult} decides), so it returns false.
     */
    default boolean tokenDecidesResult() {
        return true;
    }

    /**
     * Whether a {@code -EIOCBQUEUED} result without a queued handle minted in the same call is a
     * breach of O13 the model can attribute (a typed API claims to make it impossible; under C returning
     * {@code -EIOCBQUEUED} is itself how a driver takes the completion obligation).
     */
    boolean queuedResultNeedsHandle();

    /**
     * Whether only a queued handle minted by the issue call ({@code queue()}) hands the request being
     * issued to the driver. Under C there is no such step: {@code io_uring_cmd} never looks at what the
     * callback did before it returned, so a callback that calls {@code io_uring_cmd_done},
     * {@code io_uring_cmd_mark_cancelable} or {@code io_uring_cmd_complete_in_task} on the request it is
     * issuing has taken it over (ublk's {@code ublk_prep_cancel}, old ublk's error path
     * {@code io_uring_cmd_done(); return -EIOCBQUEUED;}); the return value then says whether that was legal.
     */
    default boolean handOffNeedsQueuedHandle() {
        return true;
    }

    /**
     * The {@code int} the core sees for a handler's return: {@code Complete(ret)} gives ret,
     * {@code Queued} gives {@code -EIOCBQUEUED}, {@code Err(e)} gives e, a raw C value itself. A token
     * local that holds no token (rejected by the scenario validator) gives {@code -EINVAL}.
     */
    default int result(ReturnValue value, Value tokenLocal) {
        return switch (value.kind()) {
            case ERR, RAW -> value.value();
            case LOCAL -> throw new IllegalArgumentException("the interpreter reads the errno local of a LOCAL"
                    + " return and passes it as ERR");
            case TOKEN -> switch (tokenLocal.kind()) {
                case QUEUED_TOKEN -> Errno.EIOCBQUEUED.value();
                case COMPLETE_TOKEN -> tokenLocal.number();
                default -> Errno.EINVAL.value();
            };
        };
    }
}
