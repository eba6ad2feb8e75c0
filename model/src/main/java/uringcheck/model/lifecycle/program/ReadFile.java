package uringcheck.model.lifecycle.program;

/** Reads {@code cmd->file} through {@code handle}: a touch of the command (O3 after done). */
public record ReadFile(String handle, int line) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.readFile(this);
    }
}
