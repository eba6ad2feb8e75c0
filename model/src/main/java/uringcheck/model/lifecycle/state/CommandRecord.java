package uringcheck.model.lifecycle.state;

/**
 * What userspace and the obligations know about one command (one submitted SQE), independent of the
 * slot its request occupies.
 *
 * @param submitted userspace submitted it ({@code io_submit_sqes})
 * @param returned  an issue call for it returned to the core at least once
 * @param cqes      CQEs posted for it (O1: exactly one)
 * @param doneBy    who called {@code done} on it: bit 1 a normal completer, bit 2 a cancel handler (O9)
 * @param sqReused  userspace overwrote its SQ ring slot after submission
 */
public record CommandRecord(boolean submitted, boolean returned, int cqes, int doneBy, boolean sqReused) {

    /** Bit of {@link #doneBy} for a completion outside a cancel call. */
    public static final int DONE_NORMAL = 1;
    /** Bit of {@link #doneBy} for a completion from a cancel call (C5). */
    public static final int DONE_CANCEL = 2;

    /** How many CQEs and completer bits {@link #of} keeps one record for (each below this). */
    private static final int CACHED = 4;
    /**
     * Records {@link #of} made, by their components. Filled on first use without a lock: a record's fields
     * are final, so a thread sees a complete one or none, and making one twice is harmless.
     */
    private static final CommandRecord[] MADE = new CommandRecord[2 * 2 * CACHED * CACHED * 2];

    /** A command userspace has not submitted yet. */
    public static CommandRecord unsubmitted() {
        return of(false, false, 0, 0, false);
    }

    /** The record with these components: one shared instance while {@code cqes} and {@code doneBy} are small. */
    public static CommandRecord of(boolean submitted, boolean returned, int cqes, int doneBy, boolean sqReused) {
        if (cqes < 0 || cqes >= CACHED || doneBy < 0 || doneBy >= CACHED) {
            return new CommandRecord(submitted, returned, cqes, doneBy, sqReused);
        }
        int at = (((((submitted ? 1 : 0) * 2 + (returned ? 1 : 0)) * CACHED + cqes) * CACHED + doneBy) * 2)
                + (sqReused ? 1 : 0);
        CommandRecord r = MADE[at];
        if (r == null) {
            r = new CommandRecord(submitted, returned, cqes, doneBy, sqReused);
            MADE[at] = r;
        }
        return r;
    }
}
