package uringcheck.model.lifecycle.program;

/**
 * The test of an {@link If}, on one device field.
 *
 * @param kind  what is tested
 * @param field the device field
 * @param value the integer compared with, for {@link Kind#EQUALS}
 */
public record Condition(Kind kind, String field, int value) {

    /** The kinds of test. */
    public enum Kind {
        /** The integer field equals {@code value}. */
        EQUALS,
        /** The handle or token field holds nothing. */
        EMPTY,
        /**
         * Atomic test-and-set of an integer field: true (the caller won the claim) when the field was 0;
         * the field is 1 afterwards in both cases.
         */
        TEST_AND_SET
    }

    /** {@code field == value}. */
    public static Condition equalsValue(String field, int value) {
        return new Condition(Kind.EQUALS, field, value);
    }

    /** {@code field.is_none()}. */
    public static Condition empty(String field) {
        return new Condition(Kind.EMPTY, field, 0);
    }

    /** {@code !field.test_and_set()}: the caller wins the claim. */
    public static Condition testAndSet(String field) {
        return new Condition(Kind.TEST_AND_SET, field, 0);
    }
}
