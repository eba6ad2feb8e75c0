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

    /** A command userspace has not submitted yet. */
    public static CommandRecord unsubmitted() {
        return new CommandRecord(false, false, 0, 0, false);
    }
}
