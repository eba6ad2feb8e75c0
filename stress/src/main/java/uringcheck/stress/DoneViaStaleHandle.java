package uringcheck.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LLL_Result;
import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.LifecycleViolation;
import uringcheck.model.concurrent.Ring;
import uringcheck.model.concurrent.SubmitPath;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * A handle kept across the recycling of its request is used while the next submission takes the same
 * request (O3; the pattern of f40139fde527, where ublk task work ran on a recycled request).
 *
 * <p>Submission A was queued and completed with {@code done(0, UNLOCKED)}; its completion waits in task
 * work for the flush. The driver still keeps A's handle (a late abort path, e.g. a timeout handler,
 * holds it). Actor {@code submitter} is the submitter task: it runs task work, whose flush
 * ({@code __io_submit_flush_completions} → {@code io_free_batch_list}) posts A's CQE and puts the request
 * back on {@code free_list}, then submits B, which takes the same request from the free list, unzeroed
 * (SPEC §1), and is queued. Actor {@code lateAbort} calls {@code done(-ECANCELED, UNLOCKED)} on the kept
 * handle. The arbiter is B's rightful owner completing B, then the submitter flushing and reaping.
 *
 * <p>{@link Checked} keeps the handle the runtime minted for A: its generation (bumped by the flush)
 * makes every use after recycling a refused, stale call. {@link Unchecked} keeps
 * {@link Cmd#unchecked()}, a bare C pointer: only the phase table stands between it and the request,
 * and once B is queued the phase is legal, so A's handle completes B. B's CQE then carries A's
 * {@code -ECANCELED} and B's owner's own {@code done} is the double completion.
 *
 * <p>Outcome: {@code r1} what the late {@code done} did ({@code completed}, or {@code late:} and the
 * obligations of the refused call), {@code r2} the results of B's CQEs, {@code r3} whether B's owner's
 * {@code done} was refused.
 */
public final class DoneViaStaleHandle {
    private static final long USER_DATA_A = 1;
    private static final long USER_DATA_B = 2;

    private DoneViaStaleHandle() {
    }

    /** A completed and waiting for its flush, its handle kept; the parties racing over its request slot. */
    private static final class Race {
        private final Ring ring = new Ring(Race::queueEverything, new StoredWork());
        private final Cmd kept;
        private Cmd b;
        private String late;

        Race(boolean checked) {
            Cmd a = ring.submit(USER_DATA_A, SubmitPath.INLINE);
            a.done(0, IssueFlags.UNLOCKED);
            kept = checked ? a : a.unchecked();
        }

        private static int queueEverything(Cmd cmd, int issueFlags) {
            cmd.queue();
            return Errno.EIOCBQUEUED.value();
        }

        void submitter() {
            ring.runTaskWork();
            b = ring.submit(USER_DATA_B, SubmitPath.INLINE);
        }

        void lateAbort() {
            try {
                kept.done(Errno.ECANCELED.value(), IssueFlags.UNLOCKED);
                late = "completed";
            } catch (LifecycleViolation v) {
                late = Observed.refused("late", v);
            }
        }

        void arbiter(LLL_Result r) {
            String owner = null;
            try {
                b.done(0, IssueFlags.UNLOCKED);
            } catch (LifecycleViolation v) {
                owner = Observed.refused("owner", v);
            }
            ring.runTaskWork();
            r.r1 = late;
            r.r2 = Observed.results(ring.reap(), USER_DATA_B);
            r.r3 = Observed.refusals(owner);
        }
    }

    /** Correct: the kept handle carries A's generation; every use after the recycle is refused. */
    @JCStressTest
    @Description("done through a handle kept across recycle, with the generation check")
    @Outcome(id = "late:O1, 0, -", expect = ACCEPTABLE,
            desc = "the late done came before the flush: A is still done, a second done is refused")
    @Outcome(id = "late:O3\\+O1, 0, -", expect = ACCEPTABLE,
            desc = "the late done came after the flush: refused by the generation check, B untouched")
    @Outcome(expect = FORBIDDEN, desc = "O3 no use after done: A's handle reached B")
    @State
    public static class Checked {
        private final Race race = new Race(true);

        @Actor
        public void submitter() {
            race.submitter();
        }

        @Actor
        public void lateAbort() {
            race.lateAbort();
        }

        @Arbiter
        public void arbiter(LLL_Result r) {
            race.arbiter(r);
        }
    }

    /** Broken: the kept handle is a bare pointer to the request slot (what a C driver stores). */
    @JCStressTest
    @Description("done through a pointer kept across recycle, no generation check")
    @Outcome(id = "late:O1, 0, -", expect = ACCEPTABLE,
            desc = "the late done came before the flush: A is still done, the phase table refuses it")
    @Outcome(id = "late:O3, 0, -", expect = ACCEPTABLE,
            desc = "the late done came while the request sat on the free list: the phase table refuses it")
    @Outcome(id = "late:O12, 0, -", expect = ACCEPTABLE,
            desc = "the late done came while B was being issued: the phase table refuses it")
    @Outcome(id = "completed, -125, owner:O1", expect = ACCEPTABLE_INTERESTING,
            desc = "O3 no use after done: A's stale pointer completed B (B's CQE carries A's -ECANCELED),"
                    + " and B's owner's done is a double completion (O1)")
    @Outcome(expect = FORBIDDEN, desc = "not a reachable outcome of this race: the test is wrong")
    @State
    public static class Unchecked {
        private final Race race = new Race(false);

        @Actor
        public void submitter() {
            race.submitter();
        }

        @Actor
        public void lateAbort() {
            race.lateAbort();
        }

        @Arbiter
        public void arbiter(LLL_Result r) {
            race.arbiter(r);
        }
    }
}
