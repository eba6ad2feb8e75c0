package uringcheck.model.lifecycle.abstraction;

/**
 * The raw C API ({@code include/linux/io_uring/cmd.h}): no typestate; a command is a pointer that can be
 * copied and used at any time, the PDU is whatever memory holds, and returning {@code -EIOCBQUEUED} is
 * how a driver takes the completion obligation.
 */
final class CSemantics implements AbstractionSemantics {

    @Override
    public boolean movesValues() {
        return false;
    }

    @Override
    public boolean zeroesPduWithoutReissue() {
        return false;
    }

    @Override
    public boolean queuedResultNeedsHandle() {
        return false;
    }

    @Override
    public boolean handOffNeedsQueuedHandle() {
        return false;
    }
}
