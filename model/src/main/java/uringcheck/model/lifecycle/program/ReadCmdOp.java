package uringcheck.model.lifecycle.program;

/** Reads {@code cmd->cmd_op} through {@code handle}: a touch of the command (O3 after done). */
public record ReadCmdOp(String handle, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.readCmdOp(this);
    }
}
