package uringcheck.model.lifecycle.abstraction;

import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * The sound shape of SPEC §7, with the rules docs/soundness.md lists (each with the hole it closes).
 * What these semantics decide at run time:
 * <ul>
 *   <li>F1, per-call slot: the vtable returns {@code -EIOCBQUEUED} exactly when a queued handle was
 *       minted in this call, whatever the driver returned ({@code Err(e)}, {@code Complete(r)}, a token of
 *       another command), and maps a driver's own {@code -EIOCBQUEUED} to {@code -EINVAL} otherwise
 *       (closes SPEC §7 A, B, C);</li>
 *   <li>F5, retry only where it means retry: a {@code -EAGAIN} result from a call without
 *       {@code NONBLOCK} (io-wq, where blocking is allowed) is mapped to {@code -EINVAL}, because the
 *       core would hand it to userspace (O8; found by the sweep, see docs/soundness.md);</li>
 *   <li>F4, the PDU is zeroed only on the first issue of a request, never on a cancel call or a
 *       reissue (closes SPEC §7 E).</li>
 * </ul>
 * The other rules (the fresh command cannot outlive the callback, {@code done} takes the running
 * callback's capability or is {@code done_unlocked}, cancel calls get a view that cannot complete) are
 * rules of what a driver can express: {@link FixedApi}.
 */
final class FixedSemantics implements AbstractionSemantics {

    @Override
    public boolean movesValues() {
        return true;
    }

    @Override
    public boolean zeroesPduWithoutReissue() {
        return false;
    }

    @Override
    public boolean zeroesPdu(boolean firstIssue, boolean reissue) {
        return firstIssue && !reissue;
    }

    @Override
    public boolean queuedResultNeedsHandle() {
        return true;
    }

    @Override
    public boolean tokenDecidesResult() {
        return false;
    }

    @Override
    public int vtableResult(int driverResult, boolean minted, int issueFlags) {
        if (minted) {
            return Errno.EIOCBQUEUED.value();
        }
        if (driverResult == Errno.EIOCBQUEUED.value()) {
            return Errno.EINVAL.value();
        }
        if (driverResult == Errno.EAGAIN.value() && !IssueFlags.has(issueFlags, IssueFlags.NONBLOCK)) {
            return Errno.EINVAL.value();
        }
        return driverResult;
    }
}
