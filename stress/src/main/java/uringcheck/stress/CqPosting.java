package uringcheck.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.ConcurrentLinkedQueue;
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
 * Two completers post the CQEs of two queued commands at once: nothing may be lost, nothing doubled
 * (O1: every submission gets exactly one CQE).
 *
 * <p>Commands A and B were issued inline and queued. Actors {@code completerA} and {@code completerB}
 * are two interrupt handlers (or kworkers) on two CPUs, each finishing one command. The driver batches
 * completions the way io_uring batches {@code compl_reqs} (SPEC §1): a completer appends its command to
 * the driver's completion list, then drains the list, calling {@code done(0, UNLOCKED)} for every
 * command it takes. The runtime carries each {@code done} through the lock-free task-work list
 * ({@code io_req_task_work_add}) to the submitter's flush under {@code uring_lock}, which posts the CQE.
 * The arbiter is the submitter task: it runs task work, which flushes, and reaps the CQ.
 *
 * <p>{@link Synchronized} uses a lock-free queue (append and take are atomic, like {@code llist_add}
 * and {@code llist_del_all}). {@link Unsynchronized} uses a plain array and counter, the shape of
 * SPEC §5's unlocked {@code compl_reqs} append: two appends can land in the same slot (a completion is
 * lost: the command never gets its CQE and ring exit would wait for it forever, O2), or both completers
 * drain the same entry (the second {@code done}, refused here, would post a second CQE: O1).
 *
 * <p>Outcome: {@code r1} and {@code r2} the results of A's and B's CQEs, {@code r3} the refused calls.
 */
public final class CqPosting {
    private static final long USER_DATA_A = 1;
    private static final long USER_DATA_B = 2;

    private CqPosting() {
    }

    /** The driver's completion list. */
    private interface CompletionList {
        /** Appends {@code cmd}. */
        void add(Cmd cmd);

        /** Takes the next command to complete, or {@code null} when the list looks empty. */
        Cmd take();
    }

    /** Append and take are atomic. */
    private static final class LockFree implements CompletionList {
        private final ConcurrentLinkedQueue<Cmd> queue = new ConcurrentLinkedQueue<>();

        @Override
        public void add(Cmd cmd) {
            queue.add(cmd);
        }

        @Override
        public Cmd take() {
            return queue.poll();
        }
    }

    /** A plain array and counters, touched by both completers with no lock. */
    private static final class PlainArray implements CompletionList {
        private final Cmd[] entries = new Cmd[2];
        private int tail;
        private int head;

        @Override
        public void add(Cmd cmd) {
            int slot = tail;
            entries[slot] = cmd;
            tail = slot + 1;
        }

        @Override
        public Cmd take() {
            int slot = head;
            if (slot >= tail) {
                return null;
            }
            head = slot + 1;
            return entries[slot];
        }
    }

    /** A and B queued; the two completers and the submitter. */
    private static final class Race {
        private final CompletionList list;
        private final Ring ring = new Ring(Race::queueEverything, new StoredWork());
        private final Cmd a = ring.submit(USER_DATA_A, SubmitPath.INLINE);
        private final Cmd b = ring.submit(USER_DATA_B, SubmitPath.INLINE);
        private String refusedA;
        private String refusedB;

        Race(CompletionList list) {
            this.list = list;
        }

        private static int queueEverything(Cmd cmd, int issueFlags) {
            cmd.queue();
            return Errno.EIOCBQUEUED.value();
        }

        /** Appends {@code mine}, then completes everything it takes from the list; returns a refusal or null. */
        private String complete(Cmd mine, String site) {
            list.add(mine);
            try {
                for (Cmd cmd = list.take(); cmd != null; cmd = list.take()) {
                    cmd.done(0, IssueFlags.UNLOCKED);
                }
            } catch (LifecycleViolation v) {
                return Observed.refused(site, v);
            }
            return null;
        }

        void completerA() {
            refusedA = complete(a, "A");
        }

        void completerB() {
            refusedB = complete(b, "B");
        }

        void arbiter(LLL_Result r) {
            ring.runTaskWork();
            var cqes = ring.reap();
            r.r1 = Observed.results(cqes, USER_DATA_A);
            r.r2 = Observed.results(cqes, USER_DATA_B);
            r.r3 = Observed.refusals(refusedA, refusedB);
        }
    }

    /** Correct: the completion list is a lock-free queue. */
    @JCStressTest
    @Description("two completers batching CQEs through a lock-free completion list")
    @Outcome(id = "0, 0, -", expect = ACCEPTABLE, desc = "each command got exactly one CQE")
    @Outcome(expect = FORBIDDEN, desc = "O1 exactly-once: a CQE lost or doubled")
    @State
    public static class Synchronized {
        private final Race race = new Race(new LockFree());

        @Actor
        public void completerA() {
            race.completerA();
        }

        @Actor
        public void completerB() {
            race.completerB();
        }

        @Arbiter
        public void arbiter(LLL_Result r) {
            race.arbiter(r);
        }
    }

    /** Broken: the completion list is a plain array and counters with no lock. */
    @JCStressTest
    @Description("two completers batching CQEs through an unlocked completion list")
    @Outcome(id = "0, 0, -", expect = ACCEPTABLE, desc = "each command got exactly one CQE")
    @Outcome(id = "(0, none|none, 0), .*", expect = ACCEPTABLE_INTERESTING,
            desc = "O1 exactly-once (and O2): both appends hit one slot, a completion was lost and its"
                    + " command never gets a CQE (a double done may come with it)")
    @Outcome(id = "0, 0, [AB]:O1.*", expect = ACCEPTABLE_INTERESTING,
            desc = "O1 exactly-once: both completers took the same entry; the second done (refused here)"
                    + " would post a second CQE")
    @Outcome(expect = FORBIDDEN, desc = "not a reachable outcome of this race: the test is wrong")
    @State
    public static class Unsynchronized {
        private final Race race = new Race(new PlainArray());

        @Actor
        public void completerA() {
            race.completerA();
        }

        @Actor
        public void completerB() {
            race.completerB();
        }

        @Arbiter
        public void arbiter(LLL_Result r) {
            race.arbiter(r);
        }
    }
}
