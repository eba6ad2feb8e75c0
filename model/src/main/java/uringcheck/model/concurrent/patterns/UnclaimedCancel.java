package uringcheck.model.concurrent.patterns;

import java.util.concurrent.atomic.AtomicReferenceArray;
import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.Workqueue;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * P8, broken: {@link ClaimedCancel} without the claim. The kworker and the cancel handler each check a
 * per-command "completed" flag, call {@code done}, then set the flag: both can pass the check, and the
 * command is completed twice (O1), because cancel and normal completion do not exclude each other (O9).
 */
public final class UnclaimedCancel implements Driver {
    /** Per-command driver state. {@code completed} is volatile: the bug is the check-then-act, not visibility. */
    private static final class State {
        private volatile boolean completed;
    }

    private final Workqueue kworker;
    /** Per-command state, indexed like ublk's per-tag io array (here by request slot). */
    private final AtomicReferenceArray<State> states = new AtomicReferenceArray<>(ClaimedCancel.QUEUE_DEPTH);

    /** A driver whose normal completion runs on {@code kworker}. */
    public UnclaimedCancel(Workqueue kworker) {
        this.kworker = kworker;
    }

    @Override
    public int uringCmd(Cmd cmd, int issueFlags) {
        if (IssueFlags.has(issueFlags, IssueFlags.CANCEL)) {
            completeOnce(cmd, Errno.ECANCELED.value(), issueFlags);
            return 0;
        }
        if (cmd.requestIndex() >= ClaimedCancel.QUEUE_DEPTH) {
            return Errno.EINVAL.value();
        }
        states.set(cmd.requestIndex(), new State());
        cmd.queue();
        cmd.markCancelable(issueFlags);
        kworker.schedule("kworker", () -> complete(cmd));
        return Errno.EIOCBQUEUED.value();
    }

    /** The normal completion. */
    public void complete(Cmd cmd) {
        completeOnce(cmd, 0, IssueFlags.UNLOCKED);
    }

    private void completeOnce(Cmd cmd, int res, int issueFlags) {
        State state = states.get(cmd.requestIndex());
        if (!state.completed) {
            cmd.done(res, issueFlags);
            state.completed = true;
        }
    }
}
