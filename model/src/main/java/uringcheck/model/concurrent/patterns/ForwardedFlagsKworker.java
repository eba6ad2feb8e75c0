package uringcheck.model.concurrent.patterns;

import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.Workqueue;
import uringcheck.model.rules.Errno;

/**
 * P5, the v4 sample driver: like {@link KworkerDoneUnlocked}, but the kworker passes the issue call's
 * {@code issue_flags} to {@code done} "unchanged", as the v4 doc of {@code QueuedIoUringCmd::done} says.
 * After an inline issue (C1) those are {@code NONBLOCK|COMPLETE_DEFER|INLINE}: done touches
 * {@code cmd_cache} and {@code compl_reqs} without uring_lock and promises a flush nobody runs (O5,
 * SPEC §5). After an io-wq issue (C3) they are {@code UNLOCKED|IOWQ}, which happen to be right: the bug
 * depends on the submission path.
 */
public final class ForwardedFlagsKworker implements Driver {
    private final Workqueue kworker;

    /** A driver whose completion work runs on {@code kworker}. */
    public ForwardedFlagsKworker(Workqueue kworker) {
        this.kworker = kworker;
    }

    @Override
    public int uringCmd(Cmd cmd, int issueFlags) {
        cmd.setPdu(cmd.userData());
        cmd.queue();
        kworker.schedule("kworker", () -> complete(cmd, issueFlags));
        return Errno.EIOCBQUEUED.value();
    }

    /** The work item: completes with the flags captured from the issue call. */
    public void complete(Cmd cmd, int capturedIssueFlags) {
        cmd.done((int) cmd.pdu(), capturedIssueFlags);
    }
}
