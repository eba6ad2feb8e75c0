package uringcheck.model.rules;

import java.util.Locale;

/**
 * The phases of one {@code IORING_OP_URING_CMD} request, the vocabulary users know (SPEC §3).
 * Every kernel state of a request maps to exactly one phase:
 * <ul>
 *   <li>{@link #RELEASED}: {@code CACHED} in {@code submit_state.free_list} (or fresh from the slab):
 *       owned by nobody, contents stale;</li>
 *   <li>{@link #FRESH}: {@code PREPPED} by {@code io_uring_cmd_prep} and the first
 *       {@code f_op->uring_cmd} call, with {@code IORING_URING_CMD_REISSUE} clear;</li>
 *   <li>{@link #REISSUED}: after {@code io_uring_cmd} returned {@code -EAGAIN} and set REISSUE, until
 *       the io-wq call ({@code io_wq_submit_work}) returns;</li>
 *   <li>{@link #QUEUED}: the issue returned {@code -EIOCBQUEUED}; the driver owns one completion;</li>
 *   <li>{@link #DONE}: a result is set (synchronously by the core, or by {@code io_uring_cmd_done})
 *       and the request waits in {@code compl_reqs} or task work for the flush that posts its CQE.</li>
 * </ul>
 */
public enum Phase {
    FRESH,
    REISSUED,
    QUEUED,
    DONE,
    RELEASED;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** Lower-case name as printed in traces. */
    public String label() {
        return label;
    }
}
