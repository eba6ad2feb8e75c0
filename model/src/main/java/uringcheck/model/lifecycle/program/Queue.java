package uringcheck.model.lifecycle.program;

/**
 * {@code let (token, handle) = cmd.queue()}: turns the fresh command named {@code command} into a
 * queued handle stored in local {@code handle} and a {@code Queued} token stored in local
 * {@code token} (seed io_uring.rs {@code IoUringCmd::queue}). Under the raw C API it only names the
 * command for later use; there is no token.
 */
public record Queue(String command, String handle, String token, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.queue(this);
    }
}
