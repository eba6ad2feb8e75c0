package uringcheck.model.lifecycle.program;

/** Releases driver lock {@code lock}. */
public record Unlock(String lock, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.unlock(this);
    }
}
