package uringcheck.model.lifecycle.program;

/**
 * {@code copy_from_user} of the user data {@code buffer} (the memory an SQE field points to, e.g. btrfs's
 * {@code struct btrfs_ioctl_encoded_io_args} at {@code sqe->addr}) in the issue call of the running
 * command. User memory belongs to userspace: another thread may change it during the call, and the
 * application may reuse or free it once the submitting {@code io_uring_enter} returned (the core copies the
 * SQE for an {@code -EAGAIN} punt, never the memory it points to). A second copy of the same data for the
 * same request, in the same call or in its {@code -EAGAIN} re-issue, may see other bytes: a double fetch
 * (O7; c21b89d495ba "btrfs: don't read from userspace twice in btrfs_uring_encoded_read()").
 *
 * @param buffer the user data copied, as the scenario names it
 * @param pos    where in the scenario file it was written
 */
public record CopyFromUser(String buffer, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.copyFromUser(this);
    }
}
