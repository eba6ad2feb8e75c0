package uringcheck.model.lifecycle.program;

/**
 * Asserts that the PDU read through {@code handle} holds {@code expected} (0 for "zero"). A failed
 * assertion is a violation of the PDU contract O6 unless the driver read memory it never wrote.
 */
public record AssertPdu(String handle, int expected, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.assertPdu(this);
    }
}
