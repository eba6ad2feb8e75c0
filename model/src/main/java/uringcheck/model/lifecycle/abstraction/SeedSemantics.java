package uringcheck.model.lifecycle.abstraction;

import uringcheck.model.lifecycle.program.Abstraction;

/**
 * The seed patches: v4 {@code rust/kernel/io_uring.rs} ({@code IoUringCmd::queue} / {@code complete}
 * consume the command, {@code QueuedIoUringCmd::done(self, ..)} consumes the handle; both are {@code Send}
 * and have no lifetime, so they can be stashed) with the v5 {@code miscdevice.rs} vtable, which zeroes
 * the PDU whenever REISSUE is clear and maps {@code Complete(ret)} to ret, {@code Queued} to
 * {@code -EIOCBQUEUED}, {@code Err(e)} to e. The vtable cannot tell whose {@code Queued} token it is
 * handed, nor whether a {@code Complete} carries {@code -EIOCBQUEUED} (SPEC §7 B, C).
 */
final class SeedSemantics implements AbstractionSemantics {

    @Override
    public Abstraction abstraction() {
        return Abstraction.SEED;
    }

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
