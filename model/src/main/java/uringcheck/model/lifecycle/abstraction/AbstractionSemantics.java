package uringcheck.model.lifecycle.abstraction;

import uringcheck.model.lifecycle.program.Abstraction;
import uringcheck.model.lifecycle.program.Errno;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.state.Value;

/**
 * What the API under test adds to the kernel's behaviour, as data a scenario selects (SPEC §7): whether
 * handles move (Rust ownership) or are copied (C pointers), whether a vtable wrapper zeroes the PDU, how
 * a handler's return value becomes the {@code int} the core sees, and whether the wrapper can tell that a
 * {@code -EIOCBQUEUED} has no queued handle behind it.
 */
public interface AbstractionSemantics {

    /** The semantics of {@code abstraction}. */
    static AbstractionSemantics of(Abstraction abstraction) {
        return switch (abstraction) {
            case SEED -> new SeedSemantics();
            case C -> new CSemantics();
        };
    }

    /** The abstraction these semantics implement. */
    Abstraction abstraction();

    /**
     * Whether using a handle or token moves it: {@code done} consumes its handle, {@code queue()} and
     * {@code complete()} consume the command, a store moves the value into the field and a load takes it
     * out ({@code Option::take}). Under C every such use copies a pointer.
     */
    boolean movesValues();

    /** Whether the wrapper zeroes the PDU on every {@code f_op->uring_cmd} call with REISSUE clear. */
    boolean zeroesPduWithoutReissue();

    /**
     * Whether a {@code -EIOCBQUEUED} result without a queued handle minted in the same call is a
     * breach of O13 the model can attribute (a typed API claims to make it impossible; under C returning
     * {@code -EIOCBQUEUED} is itself how a driver takes the completion obligation).
     */
    boolean queuedResultNeedsHandle();

    /**
     * The {@code int} the core sees for a handler's return: {@code Complete(ret)} gives ret,
     * {@code Queued} gives {@code -EIOCBQUEUED}, {@code Err(e)} gives e, a raw C value itself. A token
     * local that holds no token (rejected by the scenario validator) gives {@code -EINVAL}.
     */
    default int result(ReturnValue value, Value tokenLocal) {
        return switch (value.kind()) {
            case ERR, RAW -> value.value();
            case TOKEN -> switch (tokenLocal.kind()) {
                case QUEUED_TOKEN -> Errno.EIOCBQUEUED.value();
                case COMPLETE_TOKEN -> tokenLocal.number();
                default -> Errno.EINVAL.value();
            };
        };
    }
}
