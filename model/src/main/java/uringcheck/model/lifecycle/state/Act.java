package uringcheck.model.lifecycle.state;

import java.util.Locale;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * An act on one command as a breach message names it: a kernel helper the driver calls
 * ({@code done(cmd#0, -ECANCELED, flags=COMPLETE_DEFER)}), a driver access to the request, or the core
 * step that moves the request ({@code flush of cmd#0}). Kept as values in {@link Fault}s so that a state
 * holds no prose; {@link #render} spells it.
 *
 * @param kind    what happens
 * @param command the command acted on
 * @param ret     the result passed to {@code done} (0 for the other kinds)
 * @param flags   the issue_flags passed to {@code done} or {@code mark_cancelable} (0 for the others)
 * @param handler the task-work handler of {@code complete_in_task} (-1 for the others)
 * @param from    the context that acts, when the message names it ({@code null} when it does not)
 */
public record Act(Kind kind, int command, int ret, int flags, int handler, ContextKind from) {

    /** The acts, each with its spelling. */
    public enum Kind {
        /** {@code io_uring_cmd_done}. */
        DONE,
        /** {@code io_uring_cmd_mark_cancelable}. */
        MARK_CANCELABLE,
        /** {@code io_uring_cmd_complete_in_task}. */
        COMPLETE_IN_TASK,
        /** The driver reads the PDU. */
        READ_PDU,
        /** The driver writes the PDU. */
        WRITE_PDU,
        /** The driver reads the PDU and asserts its value. */
        ASSERT_PDU,
        /** The driver reads {@code cmd->cmd_op}. */
        CMD_OP,
        /** The driver reads {@code cmd->file}. */
        FILE,
        /** The driver reads {@code cmd->sqe}. */
        SQE,
        /** {@code __io_submit_flush_completions} posts the CQE and frees the request. */
        FLUSH,
        /** {@code queue()} hands the request to the driver while its issue call still runs. */
        HAND_OFF,
        /** {@code io_submit_sqes} takes a request for the command. */
        SUBMISSION,
        /** The request's task work runs. */
        TASK_WORK,
        /** A cancel pass calls {@code uring_cmd} with {@code CANCEL}. */
        CANCEL_CALL,
        /** {@code io_queue_async} punts the request to io-wq after {@code -EAGAIN}. */
        PUNT,
        /** The issue returned {@code -EIOCBQUEUED}. */
        QUEUED_RETURN,
        /** The core completes the request with the issue's result. */
        SYNC_COMPLETION,
        /** The same, after the driver already called done (commit f1bb0fd63c37). */
        SYNC_COMPLETION_AFTER_DONE;

        /** The lower-case name drivers use for an access, e.g. {@code read_pdu}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How many commands {@link #of} keeps one act per kind for. */
    private static final int CACHED = 8;
    /**
     * Acts {@link #of} made, by kind and command. Filled on first use without a lock: a record's fields are
     * final, so a thread sees a complete one or none, and making one twice is harmless.
     */
    private static final Act[] MADE = new Act[Kind.values().length * CACHED];

    /** An act on {@code command} with no arguments and no named context (one shared instance per small command). */
    public static Act of(Kind kind, int command) {
        if (command < 0 || command >= CACHED) {
            return new Act(kind, command, 0, 0, -1, null);
        }
        int at = kind.ordinal() * CACHED + command;
        Act a = MADE[at];
        if (a == null) {
            a = new Act(kind, command, 0, 0, -1, null);
            MADE[at] = a;
        }
        return a;
    }

    /** {@code done(cmd#command, ret, flags)}. */
    public static Act done(int command, int ret, int flags) {
        return new Act(Kind.DONE, command, ret, flags, -1, null);
    }

    /** {@code mark_cancelable(cmd#command, flags)}. */
    public static Act markCancelable(int command, int flags) {
        return new Act(Kind.MARK_CANCELABLE, command, 0, flags, -1, null);
    }

    /** {@code complete_in_task(cmd#command, handler)}. */
    public static Act completeInTask(int command, int handler) {
        return new Act(Kind.COMPLETE_IN_TASK, command, 0, 0, handler, null);
    }

    /** This act, named as done by context {@code context}. */
    public Act from(ContextKind context) {
        return new Act(kind, command, ret, flags, handler, context);
    }

    /** The act in kernel vocabulary, e.g. {@code done(cmd#0, -ECANCELED, flags=COMPLETE_DEFER) from kworker}. */
    public String render(ProgramNames names) {
        String cmd = "cmd#" + command;
        String text = switch (kind) {
            case DONE -> "done(" + cmd + ", " + Errno.describe(ret) + ", flags=" + IssueFlags.render(flags) + ")";
            case MARK_CANCELABLE -> "mark_cancelable(" + cmd + ", flags=" + IssueFlags.render(flags) + ")";
            case COMPLETE_IN_TASK -> "complete_in_task(" + cmd + ", " + names.handlerName(handler) + ")";
            case READ_PDU, WRITE_PDU, ASSERT_PDU, CMD_OP, FILE, SQE -> kind.label() + "(" + cmd + ")";
            case FLUSH -> "flush of " + cmd;
            case HAND_OFF -> "queue() hands " + cmd + " off before the issue returns";
            case SUBMISSION -> "submission of " + cmd;
            case TASK_WORK -> "task work of " + cmd;
            case CANCEL_CALL -> "cancel call";
            case PUNT -> "-EAGAIN punt of " + cmd;
            case QUEUED_RETURN -> "-EIOCBQUEUED";
            case SYNC_COMPLETION -> "synchronous completion of " + cmd;
            case SYNC_COMPLETION_AFTER_DONE -> "synchronous completion of " + cmd
                    + " after the driver already called done (f1bb0fd63c37)";
        };
        return from == null ? text : text + " from " + from.actor();
    }
}
