package uringcheck.model.lifecycle.program;

/** How userspace submits a command (SPEC §2). */
public enum SubmitMode {
    /** Inline from {@code io_uring_enter} (C1: {@code NONBLOCK|COMPLETE_DEFER|INLINE}). */
    INLINE,
    /** With {@code IOSQE_ASYNC}: straight to an io-wq worker (C3: {@code UNLOCKED|IOWQ}). */
    IOWQ
}
