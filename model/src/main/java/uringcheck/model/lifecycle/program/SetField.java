package uringcheck.model.lifecycle.program;

/** Sets integer device field {@code field} to {@code value}. */
public record SetField(String field, int value, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.setField(this);
    }
}
