package uringcheck.model.lifecycle.program;

/**
 * {@code handle.done(ret, res2, flags)}: {@code io_uring_cmd_done} (uring_cmd.c
 * {@code __io_uring_cmd_done}) on the command held in local {@code handle}, with issue flags chosen
 * by {@code flags} (SPEC §5). The result is {@code ret}, or, when {@code retLocal} names a local, the errno a
 * failed {@link MayFail} bound to it.
 */
public record Done(String handle, int ret, FlagsChoice flags, Pos pos, String retLocal) implements Statement {

    /** A done with a constant result. */
    public Done(String handle, int ret, FlagsChoice flags, Pos pos) {
        this(handle, ret, flags, pos, null);
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.done(this);
    }
}
