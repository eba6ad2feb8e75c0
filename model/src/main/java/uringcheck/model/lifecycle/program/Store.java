package uringcheck.model.lifecycle.program;

/**
 * Moves the handle or token held in local {@code local} into device field {@code field}
 * (the driver stashing it, e.g. in its per-tag array).
 */
public record Store(String field, String local, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.store(this);
    }
}
