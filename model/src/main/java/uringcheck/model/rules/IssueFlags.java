package uringcheck.model.rules;

import java.util.StringJoiner;

/**
 * The {@code issue_flags} bits of SPEC §1 ({@code include/linux/io_uring_types.h}), with their kernel
 * values, and the {@code cmd->flags} bits the lifecycle uses. Masks are plain {@code int}s so that a
 * driver can capture and forward them exactly as C and the v4 Rust sample do.
 *
 * <p>One rendering order for every trace and report: {@code NONBLOCK}, {@code CANCEL},
 * {@code COMPLETE_DEFER}, {@code UNLOCKED}, {@code MULTISHOT}, {@code IOWQ}, {@code INLINE},
 * {@code SQE128}, {@code CQE32}, {@code IOPOLL}, {@code COMPAT}, then any other bits in hex.
 */
public final class IssueFlags {
    /** {@code IO_URING_F_COMPLETE_DEFER}: the caller holds {@code uring_lock} and a flush follows. */
    public static final int COMPLETE_DEFER = 1;
    /** {@code IO_URING_F_UNLOCKED}: the caller does not hold {@code uring_lock}. */
    public static final int UNLOCKED = 2;
    /** {@code IO_URING_F_MULTISHOT}. */
    public static final int MULTISHOT = 4;
    /** {@code IO_URING_F_IOWQ}: called from an io-wq worker. */
    public static final int IOWQ = 8;
    /** {@code IO_URING_F_INLINE}: inline issue from {@code io_uring_enter}. */
    public static final int INLINE = 16;
    /** {@code IO_URING_F_NONBLOCK}: the call may not sleep; {@code -EAGAIN} punts to io-wq. */
    public static final int NONBLOCK = Integer.MIN_VALUE;
    /** {@code IO_URING_F_SQE128}. */
    public static final int SQE128 = 1 << 8;
    /** {@code IO_URING_F_CQE32}. */
    public static final int CQE32 = 1 << 9;
    /** {@code IO_URING_F_IOPOLL}. */
    public static final int IOPOLL = 1 << 10;
    /** {@code IO_URING_F_CANCEL}: a cancel call from {@code io_uring_try_cancel_uring_cmd}. */
    public static final int CANCEL = 1 << 11;
    /** {@code IO_URING_F_COMPAT}. */
    public static final int COMPAT = 1 << 12;

    /** {@code IORING_URING_CMD_CANCELABLE} in {@code cmd->flags}. */
    public static final int CMD_CANCELABLE = 1 << 30;
    /** {@code IORING_URING_CMD_REISSUE} in {@code cmd->flags}. */
    public static final int CMD_REISSUE = 1 << 31;

    private static final int[] BITS = {NONBLOCK, CANCEL, COMPLETE_DEFER, UNLOCKED, MULTISHOT, IOWQ, INLINE,
        SQE128, CQE32, IOPOLL, COMPAT};
    private static final String[] NAMES = {"NONBLOCK", "CANCEL", "COMPLETE_DEFER", "UNLOCKED", "MULTISHOT",
        "IOWQ", "INLINE", "SQE128", "CQE32", "IOPOLL", "COMPAT"};

    private IssueFlags() {
    }

    /** Whether every bit of {@code bit} is set in {@code mask}. */
    public static boolean has(int mask, int bit) {
        return (mask & bit) == bit;
    }

    /** The mask in kernel spelling, e.g. {@code NONBLOCK|COMPLETE_DEFER|INLINE}; {@code 0} when empty. */
    public static String render(int mask) {
        StringJoiner out = new StringJoiner("|");
        int rest = mask;
        for (int i = 0; i < BITS.length; i++) {
            if ((mask & BITS[i]) != 0) {
                out.add(NAMES[i]);
                rest &= ~BITS[i];
            }
        }
        if (rest != 0) {
            out.add("0x" + Integer.toHexString(rest));
        }
        return mask == 0 ? "0" : out.toString();
    }
}
