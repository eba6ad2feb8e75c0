package uringcheck.model.lifecycle.program;

/** Takes driver lock {@code lock} (a spinlock or a mutex, see {@link LockDecl}); blocks while held. */
public record Lock(String lock, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.lock(this);
    }
}
