package uringcheck.model.concurrent;

import java.util.List;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;

/**
 * A handle on one submission: the request slot plus the generation it was minted with. It is what a
 * driver receives in {@link Driver#uringCmd}, keeps across the queued period, hands to a kworker and
 * finally completes with {@link #done}. Every lifecycle operation on a checked handle first checks the
 * generation, so a handle kept past its request's recycling is detected (O3). {@link #unchecked()}
 * gives the C view (a bare pointer): it acts on whatever submission occupies the slot now.
 *
 * <p>{@link #pdu()} and {@link #setPdu(long)} are plain memory accesses with no check and no ordering,
 * like the kernel's 32-byte PDU (summarised here as one {@code long}).
 */
public final class Cmd {
    private final Ring ring;
    final Request request;
    final int generation;
    private final long userData;
    private final boolean checked;

    Cmd(Ring ring, Request request, int generation, long userData, boolean checked) {
        this.ring = ring;
        this.request = request;
        this.generation = generation;
        this.userData = userData;
        this.checked = checked;
    }

    /** The generation the handle checks against, or -1 for an unchecked handle. */
    int expectedGeneration() {
        return checked ? generation : -1;
    }

    /** The user data of the submission this handle was minted for. */
    public long userData() {
        return userData;
    }

    /** The generation of the request slot this handle was minted with. */
    public int generation() {
        return generation;
    }

    /** The request slot's index (stable across recycling). */
    public int requestIndex() {
        return request.index;
    }

    /** The same handle without the generation check: what a C driver's stored pointer is. */
    public Cmd unchecked() {
        return new Cmd(ring, request, generation, userData, false);
    }

    /**
     * {@code IoUringCmd::queue} / returning {@code -EIOCBQUEUED}: takes ownership of the one completion,
     * now, from inside this command's issue call (a driver that publishes the handle to another context
     * must queue first). Outside its own issue call this breaks O12.
     */
    public void queue() {
        ring.queue(this);
    }

    /**
     * {@code io_uring_cmd_done(cmd, res, 0, issueFlags)} (SPEC §3), with every O5 rule asserted. Legal on a
     * queued command only: a driver that completes inside its own issue call queues first.
     */
    public void done(int res, int issueFlags) {
        ring.done(this, res, issueFlags);
    }

    /** {@code io_uring_cmd_mark_cancelable(cmd, issueFlags)}: joins {@code cancelable_uring_cmd}. */
    public void markCancelable(int issueFlags) {
        ring.markCancelable(this, issueFlags);
    }

    /** {@code io_uring_cmd_complete_in_task(cmd, callback)}: legal from any context, IRQ included (O4). */
    public void completeInTask(TaskWork callback) {
        ring.completeInTask(this, callback);
    }

    /** Whether {@code IORING_URING_CMD_REISSUE} is set (the io-wq call after an {@code -EAGAIN} punt). */
    public boolean isReissue() {
        return IssueFlags.has(request.flags.get(), IssueFlags.CMD_REISSUE);
    }

    /** The phase of this handle's submission: {@link Phase#RELEASED} once its request was recycled. */
    public Phase phase() {
        long state = request.state();
        return Request.generationOf(state) == generation ? Request.phaseOf(state) : Phase.RELEASED;
    }

    /** Plain read of the PDU. */
    public long pdu() {
        return request.pdu;
    }

    /** Plain write of the PDU. */
    public void setPdu(long value) {
        request.pdu = value;
    }

    /** The moves made on this handle's request slot, oldest first. */
    public List<HistoryEntry> history() {
        return request.history.entries();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cmd cmd && cmd.request == request && cmd.generation == generation;
    }

    @Override
    public int hashCode() {
        return request.index * 31 + generation;
    }

    @Override
    public String toString() {
        return "cmd(req #" + request.index + " gen " + generation + " user_data " + userData + ")";
    }
}
