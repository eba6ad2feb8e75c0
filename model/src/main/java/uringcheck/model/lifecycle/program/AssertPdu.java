package uringcheck.model.lifecycle.program;

/**
 * Asserts that the PDU read through {@code handle} holds {@code expected} (0 for "zero"). A failed
 * assertion is a violation of the PDU contract O6 unless the driver read memory it never wrote.
 *
 * @param handle   the command
 * @param field    the PDU field read, or null for the PDU as a whole (no layout declared)
 * @param expected the value the driver relies on
 * @param pos      where in the scenario file it was written
 */
public record AssertPdu(String handle, String field, int expected, Pos pos) implements Statement {

    /** An assertion on the PDU as a whole. */
    public AssertPdu(String handle, int expected, Pos pos) {
        this(handle, null, expected, pos);
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.assertPdu(this);
    }
}
