package uringcheck.model.lifecycle.program;

/**
 * {@code io_uring_cmd_mark_cancelable(cmd, flags)}: puts the command held in local {@code handle} on
 * {@code cancelable_uring_cmd} under {@code uring_lock}; later cancel passes call the driver's
 * {@code cancel} handler for it (SPEC §3, C5).
 */
public record MarkCancelable(String handle, FlagsChoice flags, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.markCancelable(this);
    }
}
