package uringcheck.model.concurrent.patterns;

import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.Workqueue;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * P4, correct: the issue keeps its result in the PDU, queues the command and schedules work; the
 * kworker ({@link uringcheck.model.rules.ExecContext#C6}) reads the PDU and calls
 * {@code done(res, UNLOCKED)}, the one mask that is legal from a context holding no uring_lock (SPEC §5).
 */
public final class KworkerDoneUnlocked implements Driver {
    private final Workqueue kworker;

    /** A driver whose completion work runs on {@code kworker}. */
    public KworkerDoneUnlocked(Workqueue kworker) {
        this.kworker = kworker;
    }

    @Override
    public int uringCmd(Cmd cmd, int issueFlags) {
        cmd.setPdu(cmd.userData());
        cmd.queue();
        kworker.schedule("kworker", () -> complete(cmd));
        return Errno.EIOCBQUEUED.value();
    }

    /** The work item: completes the command from the driver's own context. */
    public void complete(Cmd cmd) {
        cmd.done((int) cmd.pdu(), IssueFlags.UNLOCKED);
    }
}
