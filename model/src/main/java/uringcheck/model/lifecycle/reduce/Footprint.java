package uringcheck.model.lifecycle.reduce;

/**
 * What one step of a running context reads and writes outside its own frame (its locals, program counter
 * and locks are its own), as far as the partial-order reduction needs to know ({@link AmpleSets}).
 *
 * @param kind how far the step reaches
 * @param name for {@link Kind#FIELD}, the device field it reads or writes (one instance: its context's
 *             command's, or the loop command's inside a {@code for_each}); for {@link Kind#UNLOCK}, the
 *             driver lock it releases; for {@link Kind#START}, the handler it starts; null otherwise
 */
public record Footprint(Kind kind, String name) {

    /** How far a step reaches. */
    public enum Kind {
        /** Only the context's own frame: locals, program counter, the tokens it mints. */
        OWN,
        /**
         * Its own frame, and in an issue call the mark "a queued handle was minted in this call"
         * ({@code RunningContext.queued}), which another context's {@code done} reads for the hand-off
         * ({@code Completion.handOff}): own outside an issue call, shared in one.
         */
        ISSUE_MARK,
        /** One device field instance, besides its own frame. */
        FIELD,
        /**
         * The release of one driver lock ({@code spin_unlock}/{@code mutex_unlock}): its own frame's lock
         * bit, which another context's {@code lock} of the same lock waits for.
         */
        UNLOCK,
        /**
         * A {@code schedule_work} or {@code raise_irq}: a new context, not yet started, of one kworker or irq
         * handler for the context's command (or nothing, when that work item or irq is already pending).
         */
        START,
        /**
         * Anything else: a request, the ring's lists, another context, a lock taken, the end of the handler,
         * a step with several outcomes. Such a step is never taken alone.
         */
        SHARED
    }

    /** A step that touches only its own frame. */
    public static final Footprint OWN = new Footprint(Kind.OWN, null);

    /** A step that reaches shared state: dependent on everything. */
    public static final Footprint SHARED = new Footprint(Kind.SHARED, null);

    /** A step that touches its own frame and, in an issue call, the queued mark. */
    public static final Footprint ISSUE_MARK = new Footprint(Kind.ISSUE_MARK, null);

    /** An access (read or write) of device field {@code field}. */
    public static Footprint field(String field) {
        return new Footprint(Kind.FIELD, field);
    }

    /** The start of a context running handler {@code handler}. */
    public static Footprint start(String handler) {
        return new Footprint(Kind.START, handler);
    }

    /** The release of driver lock {@code lock}. */
    public static Footprint unlock(String lock) {
        return new Footprint(Kind.UNLOCK, lock);
    }
}
