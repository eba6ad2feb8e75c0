package uringcheck.model.lifecycle.program;

/**
 * {@code handle.done(ret, res2, flags)}: {@code io_uring_cmd_done} (uring_cmd.c
 * {@code __io_uring_cmd_done}) on the command held in local {@code handle}, with issue flags chosen
 * by {@code flags} (SPEC §5).
 */
public record Done(String handle, int ret, FlagsChoice flags, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.done(this);
    }
}
