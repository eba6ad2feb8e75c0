package uringcheck.model.lifecycle.state;

import java.util.Collections;
import java.util.List;
import uringcheck.model.rules.Phase;

/**
 * One request slot ({@code struct io_kiocb} with its {@code struct io_uring_cmd}), recycled through
 * {@code submit_state.free_list} without being zeroed.
 *
 * @param phase            the phase of the request now occupying the slot ({@link Phase#RELEASED} when cached)
 * @param generation       bumped each time the slot is recycled, so a stale handle is detectable even
 *                         after the slot is reused
 * @param command          the command (submission index) of the current request, -1 before first use
 * @param reissue          {@code IORING_URING_CMD_REISSUE} (set only by {@code io_uring_cmd} on -EAGAIN)
 * @param cancelable       {@code IORING_URING_CMD_CANCELABLE}
 * @param pdu              the PDU's fields in declaration order, each with its contents and where they came
 *                         from: one anonymous field when the driver declares no layout ({@code pdu:})
 * @param taskWork         the pending task-work node, if any
 * @param taskWorkHandler  the driver task-work handler index, for {@link TaskWorkKind#DRIVER}
 * @param taskWorkFlags    the issue_flags the handle handed to task work carried (for "forwarded")
 * @param sqeCopied        {@code cmd->sqe} points to the core's copy ({@code io_uring_cmd_sqe_copy}), not
 *                         into the SQ ring
 * @param cqePosted        the CQE is posted but the request is not freed because io-wq still holds its
 *                         reference ({@code io_free_batch_list}: {@code req_ref_put_and_test} fails;
 *                         {@code io_req_complete_post}: "io-wq ... holds a reference, so it cannot be the
 *                         last put"); {@code io_wq_free_work} frees it with {@code REQ_F_CQE_SKIP}
 * @param staleTaskWork    the pending driver task-work node was queued for an earlier request in this slot:
 *                         recycling does not remove a queued node ({@code io_free_batch_list} and
 *                         {@code io_req_add_to_cache} never touch {@code io_task_work.node}), so the
 *                         callback later runs on the recycled request (the ublk crash fixed by f40139fde527)
 * @param fetched          what the current request's issue calls fetched from memory userspace may change:
 *                         bit {@code i} an SQE field read from the SQ ring (only the inline issue can), bit
 *                         {@code 16 + j} user data copied with {@code copy_from_user} (numbered by the
 *                         program); 0 when cached, and kept across an {@code -EAGAIN} re-issue (the same
 *                         request)
 */
public record Slot(Phase phase, int generation, int command, boolean reissue, boolean cancelable,
                   List<PduCell> pdu, TaskWorkKind taskWork, int taskWorkHandler, int taskWorkFlags,
                   boolean sqeCopied, boolean cqePosted, boolean staleTaskWork, int fetched) {

    /** The PDU is held as a {@link StateList} (a list that already is one is kept, not copied). */
    public Slot {
        pdu = StateList.copyOf(pdu);
    }

    /** A slot fresh from the slab, cached in the free list, with a PDU of {@code fields} fields. */
    public static Slot fromSlab(int fields) {
        return new Slot(Phase.RELEASED, 0, -1, false, false, Collections.nCopies(fields, PduCell.SLAB),
                TaskWorkKind.NONE, -1, 0, false, false, false, 0);
    }

    /** PDU field {@code field}. */
    public PduCell pdu(int field) {
        return pdu.get(field);
    }

    /** Whether a request occupies the slot (it holds a file reference and keeps ring exit waiting). */
    public boolean alive() {
        return phase != Phase.RELEASED;
    }

    /** This slot in phase {@code p}: itself when it is in {@code p}. */
    public Slot withPhase(Phase p) {
        if (p == phase) {
            return this;
        }
        return new Slot(p, generation, command, reissue, cancelable, pdu, taskWork, taskWorkHandler,
                taskWorkFlags, sqeCopied, cqePosted, staleTaskWork, fetched);
    }

    /** This slot with REISSUE set or clear: itself when it already is. */
    public Slot withReissue(boolean r) {
        if (r == reissue) {
            return this;
        }
        return new Slot(phase, generation, command, r, cancelable, pdu, taskWork, taskWorkHandler,
                taskWorkFlags, sqeCopied, cqePosted, staleTaskWork, fetched);
    }

    /** This slot with CANCELABLE set or clear: itself when it already is. */
    public Slot withCancelable(boolean c) {
        if (c == cancelable) {
            return this;
        }
        return new Slot(phase, generation, command, reissue, c, pdu, taskWork, taskWorkHandler,
                taskWorkFlags, sqeCopied, cqePosted, staleTaskWork, fetched);
    }

    /** This slot with PDU field {@code field} holding {@code value} from {@code from}; the other fields kept. */
    public Slot withPdu(int field, int value, Provenance from) {
        return new Slot(phase, generation, command, reissue, cancelable,
                StateList.copyOf(pdu).with(field, new PduCell(value, from)), taskWork, taskWorkHandler, taskWorkFlags,
                sqeCopied, cqePosted, staleTaskWork, fetched);
    }

    /**
     * This slot with every PDU field zeroed (the seed vtable's {@code write_pdu(&[0u8; PDU_SIZE])}): itself
     * when every field is.
     */
    public Slot withPduZeroed() {
        for (int i = 0; i < pdu.size(); i++) {
            if (pdu.get(i) != PduCell.ZEROED) {
                return new Slot(phase, generation, command, reissue, cancelable, Collections.nCopies(pdu.size(),
                        PduCell.ZEROED), taskWork, taskWorkHandler, taskWorkFlags, sqeCopied, cqePosted, staleTaskWork,
                        fetched);
            }
        }
        return this;
    }

    /** This slot with task-work node {@code kind} pending (or none): itself when that is what it holds. */
    public Slot withTaskWork(TaskWorkKind kind, int handler, int flags) {
        if (kind == taskWork && handler == taskWorkHandler && flags == taskWorkFlags && !staleTaskWork) {
            return this;
        }
        return new Slot(phase, generation, command, reissue, cancelable, pdu, kind, handler, flags,
                sqeCopied, cqePosted, false, fetched);
    }

    /** This slot with {@code cmd->sqe} pointing at the core's copy (or not): itself when it already does. */
    public Slot withSqeCopied(boolean copied) {
        if (copied == sqeCopied) {
            return this;
        }
        return new Slot(phase, generation, command, reissue, cancelable, pdu, taskWork, taskWorkHandler,
                taskWorkFlags, copied, cqePosted, staleTaskWork, fetched);
    }

    /**
     * This slot with its CQE posted while io-wq still holds a reference, no longer CANCELABLE (the
     * completion unhooked it): itself when it already is.
     */
    public Slot withCqePosted() {
        if (cqePosted && !cancelable) {
            return this;
        }
        return new Slot(phase, generation, command, reissue, false, pdu, taskWork, taskWorkHandler,
                taskWorkFlags, sqeCopied, true, staleTaskWork, fetched);
    }

    /** This slot with the fetch record {@code mask} (see {@link #fetched}): itself when it holds it. */
    public Slot withFetched(int mask) {
        if (mask == fetched) {
            return this;
        }
        return new Slot(phase, generation, command, reissue, cancelable, pdu, taskWork, taskWorkHandler,
                taskWorkFlags, sqeCopied, cqePosted, staleTaskWork, mask);
    }

    /**
     * The slot recycled into the free list ({@code io_free_batch_list}): the generation moves on, the PDU
     * keeps its bytes (every field), which become stale for the next user, and a queued driver task-work node stays
     * queued (marked stale: it belongs to the request that was freed).
     */
    public Slot recycled() {
        List<PduCell> stale = pdu;
        for (int i = 0; i < pdu.size(); i++) {
            if (pdu.get(i).stale() != pdu.get(i)) {
                Object[] cells = new Object[pdu.size()];
                for (int j = 0; j < cells.length; j++) {
                    cells[j] = pdu.get(j).stale();
                }
                stale = StateList.copyOf(cells, cells.length);
                break;
            }
        }
        boolean keep = taskWork == TaskWorkKind.DRIVER;
        return new Slot(Phase.RELEASED, generation + 1, command, false, false, stale,
                keep ? taskWork : TaskWorkKind.NONE, keep ? taskWorkHandler : -1, keep ? taskWorkFlags : 0, false,
                false, keep, 0);
    }

    /**
     * The slot taken by {@code io_alloc_req} for command {@code k} and prepped ({@code io_uring_cmd_prep}):
     * flags come from the SQE, so REISSUE and CANCELABLE are clear; the PDU and a stale task-work node are
     * untouched. {@code sqeCopied}: submitted with {@code IOSQE_ASYNC}, the SQE is copied at once.
     */
    public Slot preppedFor(int k, boolean sqeCopied) {
        return new Slot(phase, generation, k, false, false, pdu, taskWork, taskWorkHandler, taskWorkFlags,
                sqeCopied, false, staleTaskWork, 0);
    }
}
