package uringcheck.model.lifecycle.kernel;

import java.util.List;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.StateList;

/**
 * What the core's helpers need to know about the context calling them: which context it is, whether it
 * holds {@code uring_lock}, whether it may sleep, and the issue_flags mask its callback was given.
 *
 * @param kind        the calling context
 * @param holdsUring  it holds {@code uring_lock}
 * @param atomic      it may not sleep (IRQ, or a driver spinlock held)
 * @param maskFlags   the issue_flags of the running callback (0 for C6 contexts)
 * @param cancelCall  it is a cancel call (C5)
 * @param slot        the request its callback was called for (-1 if none)
 * @param walkAhead   for a cancel call: the requests still ahead in the walk of
 *                    {@code io_uring_try_cancel_uring_cmd}, the walk's saved next first
 */
public record Caller(ContextKind kind, boolean holdsUring, boolean atomic, int maskFlags, boolean cancelCall,
                     int slot, List<Integer> walkAhead) {

    /** The walk is held as a {@link StateList} (a context's pending slots already are one: kept, not copied). */
    public Caller {
        walkAhead = StateList.copyOf(walkAhead);
    }

    /**
     * The caller view of a context of kind {@code kind} running the callback for {@code slot};
     * {@code spinlockHeld} says whether it holds a driver spinlock, {@code pending} is a cancel pass's walk.
     */
    public static Caller of(ContextKind kind, boolean holdsUring, boolean spinlockHeld, int slot,
                            List<Integer> pending) {
        return new Caller(kind, holdsUring, kind.atomic() || spinlockHeld, kind.flags(), kind.cancelPass(), slot,
                pending);
    }
}
