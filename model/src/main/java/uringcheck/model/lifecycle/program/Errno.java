package uringcheck.model.lifecycle.program;

/**
 * The error numbers scenarios may name, with their negative kernel values
 * (include/uapi/asm-generic/errno-base.h, include/linux/errno.h for {@code EIOCBQUEUED}).
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
