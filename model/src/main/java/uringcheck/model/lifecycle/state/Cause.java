package uringcheck.model.lifecycle.state;

import java.util.Optional;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;

/**
 * Every distinct breach the lifecycle model records, each with the SPEC §7 {@link Hole} it shows (where
 * there is one), the number of subject values a {@link Fault} carries for it (their order is given in
 * brackets), and the sentence it renders. The sentences are the model's messages: decisions are taken on
 * the constant, never on its words.
 */
public enum Cause {
    /** [act, command, holder or -1]: a handle whose request was completed and recycled (O3, {@code resolve}). */
    STALE_HANDLE(Hole.A, 3, (f, n) -> f.act(0).render(n) + " touches cmd#" + f.number(1)
            + " after it was completed and its request recycled ("
            + (f.number(2) >= 0 ? "now held by cmd#" + f.number(2) : "now cached in free_list") + ")"),
    /** [act, actor, command]: a touch of a request that is already done, its CQE pending (O3). */
    TOUCH_AFTER_DONE(Hole.A, 3, (f, n) -> f.act(0).render(n) + " by " + actor(f, 1) + " touches cmd#"
            + f.number(2) + " after done"),
    /** [act, actor, command]: {@code done} while a task-work node is pending (O4). */
    DONE_WITH_TASK_WORK_PENDING(Hole.A, 3, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1)
            + " while task work is pending for cmd#" + f.number(2)),
    /** [act, actor, command]: a second {@code complete_in_task} while the first node is pending (O4). */
    TASK_WORK_TWICE(Hole.A, 3, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1)
            + ": a task-work node is already pending for cmd#" + f.number(2)
            + " (io_task_work is reused while queued)"),
    /** [command]: io-wq completes a request whose task work is pending (O4). */
    IOWQ_COMPLETION_WITH_TASK_WORK_PENDING(Hole.A, 1, (f, n) -> "io-wq completes cmd#" + f.number(0)
            + " while its task work is pending"),
    /** [command]: a second CQE for one command (O1, {@code __io_submit_flush_completions}). */
    SECOND_CQE(Hole.A, 1, (f, n) -> "a second CQE is posted for cmd#" + f.number(0)),
    /** [act, transition, command, phase]: {@code done} on a request that is already done (O1). */
    DOUBLE_DONE(Hole.A, 4, Cause::illegalMove),
    /** [act, transition, command, phase]: the core completes a request the driver already completed (O1). */
    RESULT_AFTER_DONE(Hole.A, 4, Cause::illegalMove),
    /** [act, transition, command, phase]: any other move {@code TransitionTable} forbids (O1, O3, O12). */
    ILLEGAL_MOVE(Hole.A, 4, Cause::illegalMove),
    /** [ret, command, holder]: an issue returns a result while a handle to the request survives (O12). */
    TWO_OWNERS(Hole.A, 3, (f, n) -> "uring_cmd returns " + Errno.describe(f.number(0)) + " for cmd#"
            + f.number(1) + " while a handle to it survives in " + f.holder(2).render(n) + ": two owners"),
    /** [command, token's command]: an issue returns the Queued token minted for another command (O13). */
    FOREIGN_QUEUED_TOKEN(Hole.B, 2, (f, n) -> "uring_cmd(cmd#" + f.number(0)
            + ") returns the Queued token minted for cmd#" + f.number(1)
            + ": QueuedAction is not tied to its command, so nobody owes cmd#" + f.number(0) + "'s completion"),
    /** [command]: an issue returns {@code -EIOCBQUEUED} without minting a queued handle (O13). */
    EIOCBQUEUED_WITHOUT_HANDLE(Hole.C, 1, (f, n) -> "uring_cmd returns -EIOCBQUEUED for cmd#" + f.number(0)
            + " but this call minted no queued handle: nobody owes its completion, the request leaks"),
    /** [command, actor]: {@code -EAGAIN} returned where it cannot mean retry (O8). */
    EAGAIN_WITHOUT_NONBLOCK(Hole.C, 2, (f, n) -> "uring_cmd returns -EAGAIN for cmd#" + f.number(0) + " in "
            + actor(f, 1) + " (flags=" + IssueFlags.render(f.constant(1, ContextKind.class).flags())
            + ", no NONBLOCK): the user sees -EAGAIN"),
    /** [act, actor]: UNLOCKED while holding {@code uring_lock}: {@code io_ring_submit_lock} self-deadlocks (O5). */
    UNLOCKED_SELF_DEADLOCK(Hole.D, 2, (f, n) -> f.act(0).render(n) + " with UNLOCKED while " + actor(f, 1)
            + " holds uring_lock: io_ring_submit_lock self-deadlocks"),
    /** [act, actor]: UNLOCKED from atomic context: {@code mutex_lock} sleeps (O5). */
    UNLOCKED_IN_ATOMIC(Hole.D, 2, (f, n) -> f.act(0).render(n) + " with UNLOCKED from atomic context ("
            + actor(f, 1) + "): mutex_lock(uring_lock) sleeps in atomic context"),
    /** [act, actor]: {@code done} unhooks from {@code cancelable_uring_cmd} without the lock (O5). */
    UNHOOK_WITHOUT_LOCK(Hole.D, 2, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1)
            + " unhooks it from cancelable_uring_cmd without uring_lock"),
    /** [act, actor]: {@code mark_cancelable} adds to {@code cancelable_uring_cmd} without the lock (O5). */
    ADD_CANCELABLE_WITHOUT_LOCK(Hole.D, 2, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1)
            + " adds it to cancelable_uring_cmd without uring_lock"),
    /** [act, actor]: {@code io_req_uring_cleanup} touches {@code cmd_cache} without the lock (O5). */
    CLEANUP_WITHOUT_LOCK(Hole.D, 2, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1)
            + ": io_req_uring_cleanup puts async data into cmd_cache without uring_lock"),
    /** [act]: COMPLETE_DEFER together with UNLOCKED: the core WARNs and the request leaks (O5). */
    DEFER_WITH_UNLOCKED(Hole.D, 1, (f, n) -> f.act(0).render(n)
            + ": COMPLETE_DEFER with UNLOCKED, WARN_ON_ONCE and the request leaks"),
    /** [act, actor]: COMPLETE_DEFER appends to {@code compl_reqs} without the lock; no flush follows (O5). */
    DEFER_WITHOUT_LOCK(Hole.D, 2, (f, n) -> f.act(0).render(n) + " appends to compl_reqs without uring_lock ("
            + actor(f, 1) + "); no flush follows"),
    /** [act, actor]: flags that are neither the running callback's mask nor UNLOCKED without the lock (O5). */
    FOREIGN_FLAGS(Hole.D, 2, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1)
            + ": flags are neither the running callback's mask ("
            + IssueFlags.render(f.constant(1, ContextKind.class).flags())
            + ") nor UNLOCKED from a context without uring_lock"),
    /** [command, call, pdu]: the seed vtable zeroes live PDU state on a re-entry without REISSUE (O6). */
    VTABLE_ZEROED_PDU(Hole.E, 3, (f, n) -> "the seed vtable zeroes the PDU of cmd#" + f.number(0) + " on a "
            + f.constant(1, UringCmdCall.class).label()
            + " call because REISSUE is clear: it erases the driver's live state (pdu=" + f.number(2) + ")"),
    /** [actor, command, provenance, pdu]: the driver reads a PDU nothing wrote in this issue (O6). */
    UNINITIALISED_PDU(null, 4, (f, n) -> actor(f, 0) + " reads the PDU of cmd#" + f.number(1)
            + " before anything wrote it: unspecified on a fresh issue (here "
            + (f.constant(2, Provenance.class) == Provenance.SLAB
                    ? "fresh from the slab, not zeroed (no __GFP_ZERO, no constructor): whatever the memory held"
                    : "stale value " + f.number(3) + " left by the previous user of the slot") + ")"),
    /** [actor, expected, command, pdu, provenance]: the PDU does not hold what the driver stored (O6). */
    PDU_NOT_PRESERVED(null, 5, (f, n) -> actor(f, 0) + " asserts pdu == " + f.number(1) + " on cmd#" + f.number(2)
            + " but it holds " + f.number(3)
            + (f.constant(4, Provenance.class) == Provenance.ZEROED ? " (zeroed by the seed vtable)" : "")
            + ": the PDU was not preserved"),
    /** [actor, command]: {@code cmd->sqe} read after userspace reused the SQ ring slot (O7). */
    SQE_AFTER_REUSE(null, 2, (f, n) -> actor(f, 0) + " reads cmd->sqe of cmd#" + f.number(1)
            + " after its inline issue returned: userspace has already reused that SQ ring slot"),
    /** [act, actor, command]: both the cancel path and the normal path complete one command (O9). */
    CANCEL_AND_NORMAL_DONE(null, 3, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1) + ": cmd#"
            + f.number(2) + " is completed by both the cancel path and the normal completion path"
            + " (nothing excludes them)"),
    /**
     * [actor, command]: {@code cmd->sqe} read after the inline issue returned (O7): it still points into
     * the SQ ring ({@code io_uring_cmd_prep}: {@code ioucmd->sqe = sqe}; only {@code io_uring_cmd_sqe_copy}
     * redirects it), which belongs to userspace again once {@code io_submit_sqes} consumed the entry,
     * whether or not userspace has written it yet.
     */
    SQE_AFTER_ISSUE(null, 2, (f, n) -> actor(f, 0) + " reads cmd->sqe of cmd#" + f.number(1)
            + " after its inline issue returned: it points into the SQ ring, which userspace may overwrite"
            + " at any time"),
    /**
     * [act, actor, command]: a cancel call completes the request the walk of
     * {@code io_uring_try_cancel_uring_cmd} saved as its next one: {@code hlist_del} poisons its
     * {@code next} and the walk oopses on {@code LIST_POISON1} (O9).
     */
    CANCEL_UNHOOKS_WALK_NEXT(null, 3, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1) + " completes cmd#"
            + f.number(2) + ", the next entry hlist_for_each_entry_safe saved: hlist_del poisons its next"
            + " pointer and the cancel walk oopses on LIST_POISON1"),
    /**
     * [act, actor, command]: a cancel call completes another command still ahead in the walk of
     * {@code io_uring_try_cancel_uring_cmd} (O9): a cancel call completes only the command it was called for.
     */
    CANCEL_COMPLETES_AHEAD(null, 3, (f, n) -> f.act(0).render(n) + " from " + actor(f, 1) + " completes cmd#"
            + f.number(2) + ", which is still ahead in the cancel walk: a cancel call may complete only the"
            + " command it was called for"),
    /**
     * [slot, command now in it or -1]: a driver task-work node queued for a request that was completed
     * and recycled since runs on the recycled request (O3; f40139fde527, ublk: the cancel path completed
     * a command whose {@code io_uring_cmd_complete_in_task} node was still queued).
     */
    TASK_WORK_ON_RECYCLED_REQUEST(Hole.A, 2, (f, n) -> "task work queued by io_uring_cmd_complete_in_task runs on"
            + " request slot " + f.number(0) + ", which was completed and recycled since ("
            + (f.number(1) >= 0 ? "now cmd#" + f.number(1) : "now cached in free_list")
            + "): the callback uses a freed request"),
    /**
     * [actor]: {@code done} on a handle that holds no command, loaded from an empty field (O3): in C
     * {@code io_uring_cmd_done(NULL, ...)} dereferences NULL in {@code cmd_to_io_kiocb}; in Rust the
     * {@code take().unwrap()} of the load panics.
     */
    NULL_HANDLE_DONE(null, 1, (f, n) -> "done from " + actor(f, 0) + " on a handle that holds no command"
            + " (loaded from an empty field): io_uring_cmd_done dereferences NULL"),
    /**
     * [actor, command, fetch bit]: a second read of an SQE field from the SQ ring in one issue call (O7):
     * {@code io_uring_cmd_prep} leaves {@code cmd->sqe} in the ring, which userspace may rewrite at any time,
     * so the two reads may differ.
     */
    SQE_DOUBLE_FETCH(null, 3, (f, n) -> actor(f, 0) + " reads " + n.fetchName(f.number(2)) + " of cmd#"
            + f.number(1) + " again from the SQ ring, which userspace may rewrite at any time: the two reads may"
            + " differ (double fetch; read it once with READ_ONCE and use the local)"),
    /**
     * [actor, command, fetch bit]: a second {@code copy_from_user} of the same user data for one request
     * (O7; c21b89d495ba: btrfs copied its args again on the {@code -EAGAIN} re-issue).
     */
    USER_DOUBLE_COPY(null, 3, (f, n) -> actor(f, 0) + " copies " + n.fetchName(f.number(2))
            + " from user memory again for cmd#" + f.number(1) + ": userspace may have changed it since the first"
            + " copy, so the two copies may differ (double fetch)"),
    /**
     * [actor, field instance, writes (1) or reads (0), other actor, other writes or reads]: two contexts
     * can access a plain field at the same time, at least one writing, with no lock in common (O5, the lock
     * discipline; a data race KCSAN reports).
     */
    DATA_RACE(null, 5, (f, n) -> "data race on plain field " + n.fieldName(f.number(1)) + ": " + actor(f, 0)
            + (f.number(2) == 1 ? " writes" : " reads") + " it while " + actor(f, 3) + " can "
            + (f.number(4) == 1 ? "write" : "read") + " it at the same time, with no lock in common"),
    /**
     * [command, call, field, value]: the seed vtable zeroes every field of a PDU with a declared layout on a
     * re-entry without REISSUE, erasing field {@code field} the driver wrote (O6, {@link #VTABLE_ZEROED_PDU}
     * for one named field).
     */
    VTABLE_ZEROED_PDU_FIELD(Hole.E, 4, (f, n) -> "the seed vtable zeroes the PDU of cmd#" + f.number(0) + " on a "
            + f.constant(1, UringCmdCall.class).label() + " call because REISSUE is clear: it erases the driver's"
            + " live state (pdu->" + n.pduFieldName(f.number(2)) + "=" + f.number(3) + ")"),
    /**
     * [actor, command, provenance, value, field]: the driver reads a PDU field nothing wrote in this issue
     * (O6, {@link #UNINITIALISED_PDU} for one named field: the other fields may have been written).
     */
    UNINITIALISED_PDU_FIELD(null, 5, (f, n) -> actor(f, 0) + " reads pdu->" + n.pduFieldName(f.number(4))
            + " of cmd#" + f.number(1) + " before anything wrote that field: unspecified on a fresh issue (here "
            + (f.constant(2, Provenance.class) == Provenance.SLAB
                    ? "fresh from the slab, not zeroed (no __GFP_ZERO, no constructor): whatever the memory held"
                    : "stale value " + f.number(3) + " left by the previous user of the slot") + ")"),
    /**
     * [actor, expected, command, value, provenance, field]: a PDU field does not hold what the driver stored
     * (O6, {@link #PDU_NOT_PRESERVED} for one named field).
     */
    PDU_FIELD_NOT_PRESERVED(null, 6, (f, n) -> actor(f, 0) + " asserts pdu->" + n.pduFieldName(f.number(5))
            + " == " + f.number(1) + " on cmd#" + f.number(2) + " but it holds " + f.number(3)
            + (f.constant(4, Provenance.class) == Provenance.ZEROED ? " (zeroed by the seed vtable)" : "")
            + ": the PDU field was not preserved");

    /** Spells a fault of this cause. */
    @FunctionalInterface
    private interface Sentence {
        String render(Fault fault, ProgramNames names);
    }

    private final Hole hole;
    private final int arity;
    private final Sentence sentence;

    Cause(Hole hole, int arity, Sentence sentence) {
        this.hole = hole;
        this.arity = arity;
        this.sentence = sentence;
    }

    /** The SPEC §7 hole this breach shows, if it is one of theirs. */
    public Optional<Hole> hole() {
        return Optional.ofNullable(hole);
    }

    /** How many subject values a fault of this cause carries. */
    public int arity() {
        return arity;
    }

    /** The sentence for {@code fault} (whose cause is this one). */
    String render(Fault fault, ProgramNames names) {
        return sentence.render(fault, names);
    }

    /** The cause of an illegal move of {@code transition} from {@code from} (see {@link #illegalMove}). */
    public static Cause ofIllegalMove(Phase from, Transition transition) {
        if (from == Phase.DONE && transition == Transition.DONE) {
            return DOUBLE_DONE;
        }
        if (from == Phase.DONE && transition == Transition.COMPLETE_SYNC) {
            return RESULT_AFTER_DONE;
        }
        return ILLEGAL_MOVE;
    }

    private static String illegalMove(Fault f, ProgramNames n) {
        Transition t = f.constant(1, Transition.class);
        return f.act(0).render(n) + ": " + t.name() + " (" + t.kernelFunction() + ") on cmd#" + f.number(2)
                + " in phase " + f.constant(3, Phase.class).label() + " is illegal";
    }

    private static String actor(Fault f, int i) {
        return f.constant(i, ContextKind.class).actor();
    }
}
