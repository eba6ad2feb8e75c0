package uringcheck.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.function.Function;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.LifecycleViolation;
import uringcheck.model.concurrent.Ring;
import uringcheck.model.concurrent.SubmitPath;
import uringcheck.model.concurrent.Workqueue;
import uringcheck.model.concurrent.patterns.ClaimedCancel;
import uringcheck.model.concurrent.patterns.UnclaimedCancel;

/**
 * The normal completion of a queued, cancelable command races the cancel pass of ring exit (O9, O1).
 *
 * <p>The command was issued inline, queued, marked cancelable ({@code io_uring_cmd_mark_cancelable})
 * and handed to the driver's kworker. Actor {@code kworker} runs that work item: it completes the
 * command with {@code done(0, UNLOCKED)}. Actor {@code ringExit} runs one cancel pass
 * ({@code io_uring_try_cancel_uring_cmd}, SPEC §2 C5), which calls the driver's {@code uring_cmd} with
 * {@code CANCEL|COMPLETE_DEFER}; the driver completes with {@code -ECANCELED}. The arbiter is the
 * submitter task: it runs pending task work (where the kworker's completion waits for its flush) and
 * reaps the CQ.
 *
 * <p>The kernel does not arbitrate between the two: SPEC §6 O9 makes exclusion the driver's job
 * (f40139fde527 and the ublk cancel fixes; {@code __io_uring_cmd_done} itself only unlinks the command
 * from {@code cancelable_uring_cmd}). {@link Claimed} uses the runtime's pattern
 * P7 ({@link ClaimedCancel}: a test-and-set claim, only the winner calls {@code done});
 * {@link Unclaimed} uses P8 ({@link UnclaimedCancel}: check a "completed" flag, call {@code done}, set the
 * flag). When both parties pass the check, the second {@code done} is a double completion (O1). The
 * runtime refuses it and the outcome names the refused party and the obligations: the cancel handler
 * runs entirely under {@code uring_lock} and its pass flushes before releasing it, and the kworker's
 * refusal is settled under that lock, so the kworker's second {@code done} is always reported on the
 * recycled request ({@code kworker:O3+O1+O9}).
 *
 * <p>Outcome: {@code r1} the results of the CQEs posted for the command ({@code 0} by the kworker,
 * {@code -125} = {@code -ECANCELED} by the cancel handler), {@code r2} the calls the runtime refused.
 */
public final class DoneVsCancel {
    private static final long USER_DATA = 1;

    private DoneVsCancel() {
    }

    /** The command, queued and cancelable, with its kworker item pending, and the two racing parties. */
    private static final class Race {
        private final StoredWork kworker = new StoredWork();
        private final Ring ring;
        private String kworkerRefused;
        private String cancelRefused;

        Race(Function<Workqueue, Driver> driver) {
            ring = new Ring(driver.apply(kworker), new StoredWork());
            ring.submit(USER_DATA, SubmitPath.INLINE);
        }

        void kworker() {
            try {
                kworker.runPending();
            } catch (LifecycleViolation v) {
                kworkerRefused = Observed.refused("kworker", v);
            }
        }

        void ringExit() {
            try {
                ring.cancelPass();
            } catch (LifecycleViolation v) {
                cancelRefused = Observed.refused("cancel", v);
            }
        }

        void arbiter(LL_Result r) {
            ring.runTaskWork();
            r.r1 = Observed.results(ring.reap(), USER_DATA);
            r.r2 = Observed.refusals(kworkerRefused, cancelRefused);
        }
    }

    /** Correct: kworker and cancel handler claim the command; only the winner completes it (P7). */
    @JCStressTest
    @Description("done from a kworker vs the cancel pass, with a per-command claim (ublk style)")
    @Outcome(id = "0, -", expect = ACCEPTABLE, desc = "the kworker won the claim: one CQE with its result")
    @Outcome(id = "-125, -", expect = ACCEPTABLE, desc = "the cancel handler won the claim: one CQE, -ECANCELED")
    @Outcome(expect = FORBIDDEN, desc = "O1 exactly-once / O9 cancel vs completion: both completed, or neither")
    @State
    public static class Claimed {
        private final Race race = new Race(ClaimedCancel::new);

        @Actor
        public void kworker() {
            race.kworker();
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

    /** Broken: each party checks a "completed" flag, completes, then sets the flag (P8). */
    @JCStressTest
    @Description("done from a kworker vs the cancel pass, check-then-act on a completed flag")
    @Outcome(id = "0, -", expect = ACCEPTABLE, desc = "the kworker completed first: one CQE with its result")
    @Outcome(id = "-125, -", expect = ACCEPTABLE, desc = "the cancel handler completed first: one CQE, -ECANCELED")
    @Outcome(id = "-125, kworker:O3\\+O1\\+O9", expect = ACCEPTABLE_INTERESTING,
            desc = "O1 exactly-once, O9 cancel vs completion: both passed the check; the cancel pass completed"
                    + " and flushed, the kworker's second done (refused here) hit the recycled request (O3)")
    @Outcome(expect = FORBIDDEN, desc = "not a reachable outcome of this race: the test is wrong")
    @State
    public static class Unclaimed {
        private final Race race = new Race(UnclaimedCancel::new);

        @Actor
        public void kworker() {
            race.kworker();
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
