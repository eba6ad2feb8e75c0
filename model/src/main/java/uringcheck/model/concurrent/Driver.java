package uringcheck.model.concurrent;

import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * The driver's {@code f_op->uring_cmd}. The runtime calls it to issue a command (C1, C2 or C3, with
 * {@link IssueFlags#CMD_REISSUE} set on the io-wq call after an {@code -EAGAIN} punt) and on every cancel
 * pass for commands marked cancelable (C5, {@code CANCEL|COMPLETE_DEFER}; the return value of a cancel
 * call is ignored, as in {@code io_uring_try_cancel_uring_cmd}).
 *
 * <p>On an issue call the driver returns a synchronous result, {@link Errno#EAGAIN}, or
 * {@link Errno#EIOCBQUEUED}. A driver that hands the command to another context before returning must
 * call {@link Cmd#queue()} first: that is the moment ownership of the completion passes to it.
 */
@FunctionalInterface
public interface Driver {
    /** {@code uring_cmd(cmd, issue_flags)}. */
    int uringCmd(Cmd cmd, int issueFlags);
}
