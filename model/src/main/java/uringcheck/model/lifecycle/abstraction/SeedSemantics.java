package uringcheck.model.lifecycle.abstraction;

/**
 * The seed patches: v4 {@code rust/kernel/io_uring.rs} ({@code IoUringCmd::queue} / {@code complete}
 * consume the command, {@code QueuedIoUringCmd::done(self, ..)} consumes the handle; both are {@code Send}
 * and have no lifetime, so they can be stashed) with the v5 {@code miscdevice.rs} vtable, which zeroes
 * the PDU whenever REISSUE is clear and maps {@code Complete(ret)} to ret, {@code Queued} to
 * {@code -EIOCBQUEUED}, {@code Err(e)} to e. The vtable cannot tell whose {@code Queued} token it is
 * handed, nor whether a {@code Complete} carries {@code -EIOCBQUEUED} (SPEC §7 B, C).
 *
 * <p>{@link Abstraction#V5} has the same semantics: v5 2/4 adds {@code QueuedIoUringCmd::complete_in_task}
 * and a public task-work issue-flags constant usable from any context (SPEC §7 D), which are vocabulary
 * its API allows ({@link V5Api}), not a different vtable. The cancel binding the soundness sweep adds to v5
 * (docs/soundness.md) enters the same vtable, so a cancel call zeroes the PDU (SPEC §7 E).
 */
final class SeedSemantics implements AbstractionSemantics {

    @Override
    public boolean movesValues() {
        return true;
    }

    @Override
    public boolean zeroesPduWithoutReissue() {
        return true;
    }

    @Override
    public boolean queuedResultNeedsHandle() {
        return true;
    }
}
