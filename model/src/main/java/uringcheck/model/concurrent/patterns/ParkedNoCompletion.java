package uringcheck.model.concurrent.patterns;

import java.util.concurrent.atomic.AtomicReference;
import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.rules.Errno;

/**
 * P9, broken: the issue queues the command and parks the handle in a device field; nothing ever
 * completes it and, without cancel support, no cancel pass reaches it: ring exit waits forever (O2).
 */
public final class ParkedNoCompletion implements Driver {
    /** The device field the handle is parked in; nothing reads it, which is the bug. */
    private final AtomicReference<Cmd> parked = new AtomicReference<>();

    @Override
    public int uringCmd(Cmd cmd, int issueFlags) {
        cmd.queue();
        parked.set(cmd);
        return Errno.EIOCBQUEUED.value();
    }
}
