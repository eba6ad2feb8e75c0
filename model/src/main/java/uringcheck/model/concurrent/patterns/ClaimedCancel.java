package uringcheck.model.concurrent.patterns;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.Workqueue;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * P7, ublk style, correct: the issue queues the command, marks it cancelable with its own mask and
 * schedules the normal completion. The kworker and the cancel handler both claim the command with a
 * test-and-set (the driver's per-command spinlock); only the winner calls {@code done}: the kworker with
 * {@code UNLOCKED}, the cancel handler with the cancel call's mask. A cancel call that loses the claim
 * returns without touching the command, so it is idempotent across passes (O9).
 */
public final class ClaimedCancel implements Driver {
    /** How many commands the device tracks at once; a command on a slot beyond it is refused with -EINVAL. */
    public static final int QUEUE_DEPTH = 16;

    private final Workqueue kworker;
    /** Per-command claims, indexed like ublk's per-tag io array (here by request slot). */
    private final AtomicReferenceArray<AtomicBoolean> claims = new AtomicReferenceArray<>(QUEUE_DEPTH);

    /** A driver whose normal completion runs on {@code kworker}. */
    public ClaimedCancel(Workqueue kworker) {
        this.kworker = kworker;
    }

    @Override
    public int uringCmd(Cmd cmd, int issueFlags) {
        if (IssueFlags.has(issueFlags, IssueFlags.CANCEL)) {
            if (claim(cmd)) {
                cmd.done(Errno.ECANCELED.value(), issueFlags);
            }
            return 0;
        }
        if (cmd.requestIndex() >= QUEUE_DEPTH) {
            return Errno.EINVAL.value();
        }
        claims.set(cmd.requestIndex(), new AtomicBoolean());
        cmd.queue();
        cmd.markCancelable(issueFlags);
        kworker.schedule("kworker", () -> complete(cmd));
        return Errno.EIOCBQUEUED.value();
    }

    /** The normal completion: completes only if it wins the claim. */
    public void complete(Cmd cmd) {
        if (claim(cmd)) {
            cmd.done(0, IssueFlags.UNLOCKED);
        }
    }

    private boolean claim(Cmd cmd) {
        return claims.get(cmd.requestIndex()).compareAndSet(false, true);
    }
}
