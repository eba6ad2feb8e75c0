package uringcheck.model.lifecycle.program;

/**
 * {@code let token = cmd.complete(ret)}: a {@code Complete(ret)} token in local {@code token}
 * (seed io_uring.rs {@code IoUringCmd::complete}); the vtable returns {@code ret} to the core.
 */
public record Complete(String command, int ret, String token, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.complete(this);
    }
}
