package uringcheck.model.rules;

/**
 * The error numbers the lifecycle gives a meaning to (SPEC §3) and scenarios may name, with their
 * negative kernel values (include/uapi/asm-generic/errno-base.h, include/linux/errno.h for
 * {@code EIOCBQUEUED}): {@code -EAGAIN} punts to io-wq under NONBLOCK, {@code -EIOCBQUEUED} hands the
 * driver one completion, {@code -ECANCELED} is the usual result of a cancelled command.
 */
public enum Errno {
    EIO(-5),
    EAGAIN(-11),
    EBUSY(-16),
    EINVAL(-22),
    ECANCELED(-125),
    EIOCBQUEUED(-529);

    private final int value;

    Errno(int value) {
        this.value = value;
    }

    /** The negative value the kernel returns, e.g. -22 for {@code EINVAL}. */
    public int value() {
        return value;
    }

    /** The symbolic name of a negative value, e.g. {@code -EINVAL}, or the number itself. */
    public static String describe(int value) {
        for (Errno e : values()) {
            if (e.value == value) {
                return "-" + e.name();
            }
        }
        return Integer.toString(value);
    }
}
