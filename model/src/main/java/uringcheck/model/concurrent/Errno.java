package uringcheck.model.concurrent;

/** The (negative) result codes the lifecycle gives a meaning to (SPEC §3). */
public final class Errno {
    /** {@code -EAGAIN}: under NONBLOCK the core punts to io-wq; elsewhere it is the user's result. */
    public static final int EAGAIN = -11;
    /** {@code -EINVAL}. */
    public static final int EINVAL = -22;
    /** {@code -ECANCELED}: the usual result of a command completed by its cancel handler. */
    public static final int ECANCELED = -125;
    /** {@code -EIOCBQUEUED}: the driver owns one completion. */
    public static final int EIOCBQUEUED = -529;

    private Errno() {
    }
}
