package uringcheck.model.lifecycle.program;

/** Writes the small integer {@code value} into the PDU through {@code handle} (SPEC §4). */
public record WritePdu(String handle, int value, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.writePdu(this);
    }
}
