package uringcheck.model.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uringcheck.model.Obligation;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.ExecContext;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;

/** Single-threaded checks of the runtime: each rule it asserts, shown to fire and shown not to fire. */
class RingTest {

    /** A workqueue whose items the test runs by hand, in order. */
    private static final class ManualQueue implements Workqueue {
        private final List<Runnable> items = new ArrayList<>();

        @Override
        public void schedule(String name, Runnable work) {
            items.add(work);
        }

        void runAll() {
            while (!items.isEmpty()) {
                items.remove(0).run();
            }
        }
    }

    /** A driver that queues every command and keeps the handle for the test. */
    private static final class Parking implements Driver {
        final AtomicReference<Cmd> parked = new AtomicReference<>();
        final List<Integer> cancelFlags = new ArrayList<>();

        @Override
        public int uringCmd(Cmd cmd, int issueFlags) {
            if (IssueFlags.has(issueFlags, IssueFlags.CANCEL)) {
                cancelFlags.add(issueFlags);
                return 0;
            }
            cmd.queue();
            parked.set(cmd);
            return Errno.EIOCBQUEUED.value();
        }
    }

    private final ManualQueue ioWq = new ManualQueue();

    @Test
    void synchronousResultPostsOneCqeAndRecycles() {
        Ring ring = new Ring((cmd, flags) -> 7, ioWq);
        Cmd cmd = ring.submit(42, SubmitPath.INLINE);
        assertEquals(List.of(new Cqe(42, 7)), ring.reap());
        assertEquals(Phase.RELEASED, cmd.phase());
        assertEquals(0, ring.inFlight());
    }

    @Test
    void queuedCommandCompletedFromKworkerPostsAfterTaskWork() {
        Parking driver = new Parking();
        Ring ring = new Ring(driver, ioWq);
        Cmd cmd = ring.submit(1, SubmitPath.INLINE);
        assertEquals(Phase.QUEUED, cmd.phase());
        cmd.done(5, IssueFlags.UNLOCKED);
        assertEquals(List.of(), ring.reap());
        assertEquals(1, ring.runTaskWork());
        assertEquals(List.of(new Cqe(1, 5)), ring.reap());
        assertEquals(0, ring.inFlight());
        List<String> moves = new ArrayList<>();
        for (HistoryEntry entry : cmd.history()) {
            moves.add(entry.transition() + " " + entry.context() + " gen " + entry.generation());
        }
        assertEquals(List.of("SUBMIT C1 gen 0", "QUEUE C1 gen 0", "DONE C6 gen 0", "FLUSH C4 gen 0"), moves);
    }

    @Test
    void historyKeepsTheLastEntriesAcrossGenerations() {
        Ring ring = new Ring((cmd, flags) -> 0, ioWq);
        Cmd last = null;
        for (int i = 0; i < History.CAPACITY; i++) {
            last = ring.submit(i, SubmitPath.INLINE);
        }
        List<HistoryEntry> kept = last.history();
        assertEquals(History.CAPACITY, kept.size());
        assertEquals(History.CAPACITY - 1, kept.get(kept.size() - 1).generation());
        assertEquals("#" + (3 * History.CAPACITY - 1) + " gen " + (History.CAPACITY - 1)
                + " FLUSH done->released by main (C1, 0)", kept.get(kept.size() - 1).render());
    }

    @Test
    void secondDoneBreaksO1() {
        Parking driver = new Parking();
        Ring ring = new Ring(driver, ioWq);
        Cmd cmd = ring.submit(1, SubmitPath.INLINE);
        cmd.done(0, IssueFlags.UNLOCKED);
        LifecycleViolation v = assertThrows(LifecycleViolation.class, () -> cmd.done(0, IssueFlags.UNLOCKED));
        assertEquals(Obligation.O1, v.obligation());
        assertTrue(v.getMessage().contains("DONE queued->done"), v.getMessage());
    }

    @Test
    void staleHandleIsDetectedAndUncheckedHandleCompletesTheNextSubmission() {
        Parking driver = new Parking();
        Ring ring = new Ring(driver, ioWq);
        Cmd first = ring.submit(1, SubmitPath.INLINE);
        first.done(0, IssueFlags.UNLOCKED);
        ring.runTaskWork();
        Cmd second = ring.submit(2, SubmitPath.INLINE);
        assertEquals(first.requestIndex(), second.requestIndex());
        LifecycleViolation v = assertThrows(LifecycleViolation.class, () -> first.done(0, IssueFlags.UNLOCKED));
        assertEquals(List.of(Obligation.O3, Obligation.O1), v.obligations());
        first.unchecked().done(-1, IssueFlags.UNLOCKED);
        ring.runTaskWork();
        assertEquals(List.of(new Cqe(1, 0), new Cqe(2, -1)), ring.reap());
    }

    @Test
    void forwardedInlineFlagsFromKworkerBreakO5BeforeAnySideEffect() {
        Parking driver = new Parking();
        Ring ring = new Ring(driver, ioWq);
        Cmd cmd = ring.submit(1, SubmitPath.INLINE);
        int inline = ExecContext.C1.issueFlags();
        LifecycleViolation v = assertThrows(LifecycleViolation.class, () -> cmd.done(0, inline));
        assertEquals(Obligation.O5, v.obligation());
        assertEquals(Phase.QUEUED, cmd.phase());
        LifecycleViolation both = assertThrows(LifecycleViolation.class,
                () -> cmd.done(0, IssueFlags.UNLOCKED | IssueFlags.COMPLETE_DEFER));
        assertEquals(Obligation.O5, both.obligation());
        cmd.done(0, ExecContext.C3.issueFlags());
        assertEquals(Phase.DONE, cmd.phase());
    }

    @Test
    void taskWorkIsAtMostOneAndBlocksCompletion() {
        Parking driver = new Parking();
        Ring ring = new Ring(driver, ioWq);
        Cmd cmd = ring.submit(1, SubmitPath.INLINE);
        cmd.completeInTask((c, flags) -> c.done(3, flags));
        assertEquals(Obligation.O4, assertThrows(LifecycleViolation.class,
                () -> cmd.completeInTask((c, flags) -> c.done(3, flags))).obligation());
        assertEquals(Obligation.O4, assertThrows(LifecycleViolation.class,
                () -> cmd.done(0, IssueFlags.UNLOCKED)).obligation());
        assertEquals(1, ring.runTaskWork());
        assertEquals(List.of(new Cqe(1, 3)), ring.reap());
    }

    @Test
    void taskWorkCallbackMayReArmItsOwnCommandOnce() {
        Parking driver = new Parking();
        Ring ring = new Ring(driver, ioWq);
        Cmd cmd = ring.submit(1, SubmitPath.INLINE);
        List<Obligation> secondRearm = new ArrayList<>();
        cmd.completeInTask((c, flags) -> {
            c.completeInTask((again, f) -> again.done(9, f));
            try {
                c.completeInTask((again, f) -> again.done(8, f));
            } catch (LifecycleViolation v) {
                secondRearm.add(v.obligation());
            }
        });
        assertEquals(2, ring.runTaskWork());
        assertEquals(List.of(Obligation.O4), secondRearm);
        assertEquals(List.of(new Cqe(1, 9)), ring.reap());
    }

    @Test
    void queueOutsideTheIssueCallBreaksO12() {
        AtomicReference<Cmd> kept = new AtomicReference<>();
        Ring ring = new Ring((cmd, flags) -> {
            kept.set(cmd);
            return Errno.EAGAIN.value();
        }, ioWq);
        ring.submit(1, SubmitPath.INLINE);
        assertEquals(Obligation.O12, assertThrows(LifecycleViolation.class, () -> kept.get().queue()).obligation());
    }

    @Test
    void queueThenSynchronousReturnIsAnEscape() {
        Ring ring = new Ring((cmd, flags) -> {
            cmd.queue();
            return Errno.EINVAL.value();
        }, ioWq);
        LifecycleViolation v = assertThrows(LifecycleViolation.class, () -> ring.submit(1, SubmitPath.INLINE));
        assertEquals(List.of(Obligation.O12, Obligation.O1, Obligation.O13), v.obligations());
    }

    @Test
    void eagainPuntsToIoWqWithReissueSetAndThePduPreserved() {
        List<String> calls = new ArrayList<>();
        Ring ring = new Ring((cmd, flags) -> {
            calls.add(IssueFlags.render(flags) + " reissue=" + cmd.isReissue() + " pdu=" + cmd.pdu());
            if (!cmd.isReissue()) {
                cmd.setPdu(99);
                return Errno.EAGAIN.value();
            }
            return 4;
        }, ioWq);
        Cmd cmd = ring.submit(8, SubmitPath.INLINE);
        assertEquals(Phase.REISSUED, cmd.phase());
        ioWq.runAll();
        assertEquals(List.of("NONBLOCK|COMPLETE_DEFER|INLINE reissue=false pdu=0",
                "UNLOCKED|IOWQ reissue=true pdu=99"), calls);
        assertEquals(List.of(new Cqe(8, 4)), ring.reap());
    }

    @Test
    void recycledRequestKeepsItsPdu() {
        List<Long> seen = new ArrayList<>();
        Ring ring = new Ring((cmd, flags) -> {
            seen.add(cmd.pdu());
            cmd.setPdu(cmd.userData());
            return 0;
        }, ioWq);
        ring.submit(11, SubmitPath.INLINE);
        ring.submit(12, SubmitPath.INLINE);
        assertEquals(List.of(0L, 11L), seen);
    }

    @Test
    void cancelPassCallsCancelableCommandsWithCancelFlagsUntilDone() {
        Parking driver = new Parking();
        Ring ring = new Ring((cmd, flags) -> {
            int ret = driver.uringCmd(cmd, flags);
            if (!IssueFlags.has(flags, IssueFlags.CANCEL)) {
                cmd.markCancelable(flags);
            }
            return ret;
        }, ioWq);
        Cmd cmd = ring.submit(1, SubmitPath.INLINE);
        assertEquals(1, ring.cancelPass());
        assertEquals(1, ring.cancelPass());
        assertEquals(List.of(ExecContext.C5.issueFlags(), ExecContext.C5.issueFlags()), driver.cancelFlags);
        cmd.done(0, IssueFlags.UNLOCKED);
        assertEquals(0, ring.cancelableCount());
        assertEquals(0, ring.cancelPass());
    }

    @Test
    void unlockedOnCancelableCommandFromIrqBreaksO5() {
        Ring ring = new Ring((cmd, flags) -> {
            cmd.queue();
            cmd.markCancelable(flags);
            return Errno.EIOCBQUEUED.value();
        }, ioWq);
        Cmd cmd = ring.submit(1, SubmitPath.INLINE);
        LifecycleViolation v = assertThrows(LifecycleViolation.class,
                () -> Ring.inIrq(() -> cmd.done(0, IssueFlags.UNLOCKED)));
        assertEquals(Obligation.O5, v.obligation());
        assertTrue(v.getMessage().contains("atomic context"), v.getMessage());
    }

    @Test
    void asyncAndDeferredPathsIssueInC3AndC2() {
        List<ExecContext> contexts = new ArrayList<>();
        Ring ring = new Ring((cmd, flags) -> {
            contexts.add(Ring.currentContext());
            return 0;
        }, ioWq);
        ring.submit(1, SubmitPath.ASYNC);
        ring.submit(2, SubmitPath.DEFERRED);
        ioWq.runAll();
        ring.runTaskWork();
        assertEquals(List.of(ExecContext.C3, ExecContext.C2), contexts);
        assertEquals(List.of(new Cqe(1, 0), new Cqe(2, 0)), ring.reap());
    }
}
