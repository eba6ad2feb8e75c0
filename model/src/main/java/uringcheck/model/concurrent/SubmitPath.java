package uringcheck.model.concurrent;

import uringcheck.model.rules.ExecContext;

/** How a submission reaches the driver's first {@code uring_cmd} call (SPEC §2). */
public enum SubmitPath {
    /** Issued inline by the submitter ({@link ExecContext#C1}). */
    INLINE,
    /** Issued from task work by the submitter, as for links and drain ({@link ExecContext#C2}). */
    DEFERRED,
    /** {@code IOSQE_ASYNC}: issued by an io-wq worker ({@link ExecContext#C3}). */
    ASYNC
}
