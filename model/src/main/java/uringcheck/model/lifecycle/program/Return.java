package uringcheck.model.lifecycle.program;

/** Returns from the running handler; in {@code uring_cmd} the value becomes the issue result. */
public record Return(ReturnValue value, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.returnResult(this);
    }
}
