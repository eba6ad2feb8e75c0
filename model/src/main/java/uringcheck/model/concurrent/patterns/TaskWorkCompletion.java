package uringcheck.model.concurrent.patterns;

import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.Ring;
import uringcheck.model.concurrent.Workqueue;
import uringcheck.model.rules.Errno;

/**
 * P6, nvme style, correct: the issue queues the command; the device's interrupt handler (atomic
 * {@link uringcheck.model.rules.ExecContext#C6}) calls {@code io_uring_cmd_complete_in_task}; the
 * task-work callback ({@link uringcheck.model.rules.ExecContext#C4}) calls {@code done} with the
 * task-work mask it was given.
 */
public final class TaskWorkCompletion implements Driver {
    private final Workqueue irq;

    /** A driver whose interrupts are delivered on {@code irq}. */
    public TaskWorkCompletion(Workqueue irq) {
        this.irq = irq;
    }

    @Override
    public int uringCmd(Cmd cmd, int issueFlags) {
        cmd.setPdu(cmd.userData());
        cmd.queue();
        irq.schedule("irq", () -> interrupt(cmd));
        return Errno.EIOCBQUEUED.value();
    }

    /** The interrupt: bounces the completion to task work. */
    public void interrupt(Cmd cmd) {
        Ring.inIrq(() -> cmd.completeInTask(TaskWorkCompletion::taskWork));
    }

    private static void taskWork(Cmd cmd, int issueFlags) {
        cmd.done((int) cmd.pdu(), issueFlags);
    }
}
