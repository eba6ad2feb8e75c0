package uringcheck.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicBoolean;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;
import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.LifecycleViolation;
import uringcheck.model.concurrent.Ring;
import uringcheck.model.concurrent.SubmitPath;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * The device interrupt bounces a completion to task work while the cancel pass completes the same
 * command (O4, O9; the ublk race fixed by f40139fde527, SPEC §8).
 *
 * <p>The command was issued inline, queued and marked cancelable. Actor {@code irq} is the device's
 * interrupt handler (atomic {@code C6}): it calls {@code io_uring_cmd_complete_in_task}, whose callback
 * ({@code C4}, run by the submitter task) will call {@code done(0, COMPLETE_DEFER)}. Actor
 * {@code ringExit} runs one cancel pass ({@code io_uring_try_cancel_uring_cmd}, {@code C5}), whose
 * handler completes with {@code -ECANCELED}. The arbiter is the submitter task running its task work
 * ({@code io_handle_tw_list}) and reaping the CQ.
 *
 * <p>O4: no completion while task work is pending, and the callback must find its command alive.
 * {@link Claimed} lets the interrupt and the cancel handler take one per-command claim (test-and-set):
 * only the winner bounces to task work or completes. {@link Unchecked} has each side check the other's
 * flag and then set its own (a check-then-act): both can go. In the kernel both calls then succeed and
 * the task work runs on a request the cancel pass completed and recycled, which is f40139fde527 itself.
 * The runtime keeps the pending mark and the phase in one atomic word, so it refuses whichever call
 * comes second: the cancel handler's {@code done} while task work is pending (O4), or the interrupt's
 * {@code complete_in_task} on a command the cancel pass completed (a refusal the runtime settles under
 * {@code uring_lock}, after the pass's flush recycled the request: O3).
 *
 * <p>Outcome: {@code r1} the refused calls ({@code irq:}, {@code cancel:}, and {@code taskwork:} should
 * the callback itself be refused), {@code r2} the results of the command's CQEs.
 */
public final class TaskWorkVsCancel {
    private static final long USER_DATA = 1;

    private TaskWorkVsCancel() {
    }

    /** The driver's two completion paths for the queued, cancelable command. */
    private interface Exclusion {
        /** Whether the interrupt may bounce the completion to task work. */
        boolean irqMayComplete();

        /** Whether the cancel handler may complete the command. */
        boolean cancelMayComplete();
    }

    /** One test-and-set claim shared by both paths (ublk after the fix). */
    private static final class Claim implements Exclusion {
        private final AtomicBoolean claimed = new AtomicBoolean();

        @Override
        public boolean irqMayComplete() {
            return claimed.compareAndSet(false, true);
        }

        @Override
        public boolean cancelMayComplete() {
            return claimed.compareAndSet(false, true);
        }
    }

    /** Each path checks the other's flag, then sets its own: the check and the act are not atomic. */
    private static final class CheckThenAct implements Exclusion {
        private volatile boolean taskWorkQueued;
        private volatile boolean canceled;

        @Override
        public boolean irqMayComplete() {
            if (canceled) {
                return false;
            }
            taskWorkQueued = true;
            return true;
        }

        @Override
        public boolean cancelMayComplete() {
            if (taskWorkQueued) {
                return false;
            }
            canceled = true;
            return true;
        }
    }

    /** The queued, cancelable command and the racing parties. */
    private static final class Race implements Driver {
        private final Exclusion exclusion;
        private final Ring ring = new Ring(this, new StoredWork());
        private final Cmd cmd;
        private String irqRefused;
        private String cancelRefused;

        Race(Exclusion exclusion) {
            this.exclusion = exclusion;
            cmd = ring.submit(USER_DATA, SubmitPath.INLINE);
        }

        @Override
        public int uringCmd(Cmd issued, int issueFlags) {
            if (IssueFlags.has(issueFlags, IssueFlags.CANCEL)) {
                if (exclusion.cancelMayComplete()) {
                    issued.done(Errno.ECANCELED.value(), issueFlags);
                }
                return 0;
            }
            issued.queue();
            issued.markCancelable(issueFlags);
            return Errno.EIOCBQUEUED.value();
        }

        void irq() {
            Ring.inIrq(() -> {
                try {
                    if (exclusion.irqMayComplete()) {
                        cmd.completeInTask((handle, issueFlags) -> handle.done(0, issueFlags));
                    }
                } catch (LifecycleViolation v) {
                    irqRefused = Observed.refused("irq", v);
                }
            });
        }

        void ringExit() {
            try {
                ring.cancelPass();
            } catch (LifecycleViolation v) {
                cancelRefused = Observed.refused("cancel", v);
            }
        }

        void arbiter(LL_Result r) {
            String taskWorkRefused = null;
            try {
                ring.runTaskWork();
            } catch (LifecycleViolation v) {
                taskWorkRefused = Observed.refused("taskwork", v);
            }
            r.r1 = Observed.refusals(irqRefused, cancelRefused, taskWorkRefused);
            r.r2 = Observed.results(ring.reap(), USER_DATA);
        }
    }

    /** Correct: the interrupt and the cancel handler take one per-command claim. */
    @JCStressTest
    @Description("complete_in_task from an IRQ vs the cancel pass, with a per-command claim")
    @Outcome(id = "-, 0", expect = ACCEPTABLE, desc = "the interrupt won the claim: the task work completed it")
    @Outcome(id = "-, -125", expect = ACCEPTABLE, desc = "the cancel handler won the claim: -ECANCELED")
    @Outcome(expect = FORBIDDEN,
            desc = "O4 task work / O9 cancel vs completion: completed with task work pending, or twice, or never")
    @State
    public static class Claimed {
        private final Race race = new Race(new Claim());

        @Actor
        public void irq() {
            race.irq();
        }

        @Actor
        public void ringExit() {
            race.ringExit();
        }

        @Arbiter
        public void arbiter(LL_Result r) {
            race.arbiter(r);
        }
    }

    /** Broken: each path checks the other's flag, then acts. */
    @JCStressTest
    @Description("complete_in_task from an IRQ vs the cancel pass, check-then-act on two flags")
    @Outcome(id = "-, 0", expect = ACCEPTABLE, desc = "the interrupt went first: the task work completed it")
    @Outcome(id = "-, -125", expect = ACCEPTABLE, desc = "the cancel handler went first: -ECANCELED")
    @Outcome(id = "cancel:O4, 0", expect = ACCEPTABLE_INTERESTING,
            desc = "O4 task work: the cancel handler's done (refused here) came while the task work was pending")
    @Outcome(id = "irq:O3, -125", expect = ACCEPTABLE_INTERESTING,
            desc = "O9 cancel vs completion, f40139fde527: the interrupt bounced (refused here) a command"
                    + " the cancel pass had completed and recycled (O3)")
    @Outcome(expect = FORBIDDEN, desc = "not a reachable outcome of this race: the test is wrong")
    @State
    public static class Unchecked {
        private final Race race = new Race(new CheckThenAct());

        @Actor
        public void irq() {
            race.irq();
        }

        @Actor
        public void ringExit() {
            race.ringExit();
        }

        @Arbiter
        public void arbiter(LL_Result r) {
            race.arbiter(r);
        }
    }
}
