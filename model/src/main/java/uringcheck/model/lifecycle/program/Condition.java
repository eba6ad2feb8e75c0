package uringcheck.model.lifecycle.program;

/**
 * The test of an {@link If}: on one device field, on what the core gave the running callback (its
 * {@code issue_flags}, its command's {@code cmd->flags}, the task-work state {@code tw.cancel}), or on what
 * userspace put in the command's SQE ({@code cmd->cmd_op}, an SQE field).
 *
 * @param kind  what is tested
 * @param field the device field, for the kinds that test one ({@link Kind#onField}), or the SQE field of
 *              {@link Kind#SQE_EQUALS}; null otherwise
 * @param value the integer compared with, or the flag bit tested ({@code IssueFlags})
 */
public record Condition(Kind kind, String field, int value) {

    /** The kinds of test. */
    public enum Kind {
        /** The integer field equals {@code value}. */
        EQUALS,
        /** The integer field differs from {@code value}. */
        NOT_EQUALS,
        /** The integer field is below {@code value}. */
        LESS_THAN,
        /** The integer field is at most {@code value}. */
        AT_MOST,
        /** The handle or token field holds nothing. */
        EMPTY,
        /**
         * Atomic test-and-set of an integer field: true (the caller won the claim) when the field was 0;
         * the field is 1 afterwards in both cases.
         */
        TEST_AND_SET,
        /** {@code issue_flags & value}: a bit of the mask the core passed to the running callback. */
        ISSUE_FLAG,
        /** {@code cmd->flags & value}: a bit of the running callback's command ({@code REISSUE}, {@code CANCELABLE}). */
        CMD_FLAG,
        /** {@code tw.cancel}: the task-work callback runs from the fallback kworker after its task exited. */
        TW_CANCEL,
        /**
         * {@code cmd->cmd_op == value}: the opcode userspace put in the command's SQE, which
         * {@code io_uring_cmd_prep} copied into the request ({@code ioucmd->cmd_op = READ_ONCE(sqe->cmd_op)}),
         * so reading it again is stable.
         */
        CMD_OP,
        /**
         * {@code READ_ONCE(sqe->field) == value}: one field of the command's SQE (or of its payload), read
         * like {@code read_sqe: {field: f}} (a second read from the SQ ring in one issue is a double fetch).
         */
        SQE_EQUALS;

        /** Whether this kind tests a device field. */
        public boolean onField() {
            return this != ISSUE_FLAG && this != CMD_FLAG && this != TW_CANCEL && this != CMD_OP && this != SQE_EQUALS;
        }

        /** Whether this kind compares an integer field with {@code value}. */
        public boolean comparison() {
            return this == EQUALS || this == NOT_EQUALS || this == LESS_THAN || this == AT_MOST;
        }
    }

    /** {@code field == value}. */
    public static Condition equalsValue(String field, int value) {
        return new Condition(Kind.EQUALS, field, value);
    }

    /** A comparison of integer field {@code field} with {@code value}. */
    public static Condition compare(Kind kind, String field, int value) {
        if (!kind.comparison()) {
            throw new IllegalArgumentException(kind + " is not a comparison");
        }
        return new Condition(kind, field, value);
    }

    /** {@code field.is_none()}. */
    public static Condition empty(String field) {
        return new Condition(Kind.EMPTY, field, 0);
    }

    /** {@code !field.test_and_set()}: the caller wins the claim. */
    public static Condition testAndSet(String field) {
        return new Condition(Kind.TEST_AND_SET, field, 0);
    }

    /** {@code issue_flags & bit}. */
    public static Condition issueFlag(int bit) {
        return new Condition(Kind.ISSUE_FLAG, null, bit);
    }

    /** {@code cmd->cmd_op == op}. */
    public static Condition cmdOp(int op) {
        return new Condition(Kind.CMD_OP, null, op);
    }

    /** {@code READ_ONCE(sqe->field) == value}. */
    public static Condition sqeEquals(String field, int value) {
        return new Condition(Kind.SQE_EQUALS, field, value);
    }

    /** {@code cmd->flags & bit}. */
    public static Condition cmdFlag(int bit) {
        return new Condition(Kind.CMD_FLAG, null, bit);
    }

    /** {@code tw.cancel}. */
    public static Condition twCancel() {
        return new Condition(Kind.TW_CANCEL, null, 0);
    }
}
