package uringcheck.model.lifecycle.program;

/**
 * Reads SQE command data through {@code handle} ({@code cmd->sqe}): legal only during the issue call,
 * or after an {@code -EAGAIN} punt where the core's copy is read (O7).
 */
public record ReadSqe(String handle, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.readSqe(this);
    }
}
