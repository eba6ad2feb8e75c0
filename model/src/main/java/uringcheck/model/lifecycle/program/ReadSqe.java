package uringcheck.model.lifecycle.program;

/**
 * Reads SQE command data through {@code handle} ({@code cmd->sqe}): legal only during the issue call,
 * or after an {@code -EAGAIN} punt where the core's copy is read (O7).
 *
 * <p>With a {@code field} it reads one named field of the SQE (a field of {@code struct io_uring_sqe} or of
 * the command payload in {@code sqe->cmd}, e.g. nvme's {@code struct nvme_uring_cmd}), a read whose value the
 * driver uses. While {@code cmd->sqe} points into the SQ ring (the inline issue, before any
 * {@code io_uring_cmd_sqe_copy}) userspace may rewrite the field at any time, which is why the kernel reads
 * SQE fields with {@code READ_ONCE} into locals: a second read of the same field from the ring in that call
 * may see another value, a double fetch (O7 "read SQE fields once"). Reads of the core's copy (after an
 * {@code -EAGAIN} punt or {@code IOSQE_ASYNC}) are stable: the re-issue starts again from one consistent
 * copy, and the first call's values were dropped with its {@code -EAGAIN}.
 *
 * @param handle the command ({@code cmd})
 * @param field  the SQE field read, or null for the command data as a whole (no fetch is tracked)
 * @param pos    where in the scenario file it was written
 */
public record ReadSqe(String handle, String field, Pos pos) implements Statement {

    /** A read of the command data as a whole. */
    public ReadSqe(String handle, Pos pos) {
        this(handle, null, pos);
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.readSqe(this);
    }
}
