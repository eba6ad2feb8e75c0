package uringcheck.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.StateCase;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.results.LLL_Result;
import org.openjdk.jcstress.infra.results.LL_Result;
import org.openjdk.jcstress.infra.results.L_Result;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * Guards the suite the jcstress run in {@code verify} relies on, without running jcstress: the
 * annotation processor generated all ten tests (a run that finds no test exits 0, so a silently
 * skipped processor would pass), each outcome table grades the bad outcome as intended (FORBIDDEN in
 * the correct variant, ACCEPTABLE_INTERESTING in the broken one), and the actors, run one after the
 * other on this thread, produce outcomes their table knows. The serial runs that reach a broken
 * variant's bad outcome show that the outcome is real, not a string no code produces.
 */
class OutcomeTablesTest {

    /** Grades {@code outcome} as jcstress does: an exact id first, then the first matching pattern, else the default. */
    private static Expect grade(String test, String outcome) {
        TestInfo info = TestList.getInfo(test);
        for (StateCase c : info.cases()) {
            if (c.matchesExactly(outcome)) {
                return c.expect();
            }
        }
        for (StateCase c : info.cases()) {
            if (c.matches(outcome)) {
                return c.expect();
            }
        }
        return info.unmatched().expect();
    }

    private static String name(Class<?> test) {
        return test.getCanonicalName();
    }

    @Test
    void theProcessorGeneratedEveryTest() {
        List<String> expected = List.of(
                "uringcheck.stress.CqPosting.Synchronized",
                "uringcheck.stress.CqPosting.Unsynchronized",
                "uringcheck.stress.DoneViaStaleHandle.Checked",
                "uringcheck.stress.DoneViaStaleHandle.Unchecked",
                "uringcheck.stress.DoneVsCancel.Claimed",
                "uringcheck.stress.DoneVsCancel.Unclaimed",
                "uringcheck.stress.PduAcrossQueue.Plain",
                "uringcheck.stress.PduAcrossQueue.Released",
                "uringcheck.stress.TaskWorkVsCancel.Claimed",
                "uringcheck.stress.TaskWorkVsCancel.Unchecked");
        assertEquals(expected, List.copyOf(new TreeSet<>(TestList.tests())));
    }

    @Test
    void doneVsCancel() {
        for (boolean kworkerFirst : new boolean[] {true, false}) {
            DoneVsCancel.Claimed claimed = new DoneVsCancel.Claimed();
            DoneVsCancel.Unclaimed unclaimed = new DoneVsCancel.Unclaimed();
            if (kworkerFirst) {
                claimed.kworker();
                claimed.ringExit();
                unclaimed.kworker();
                unclaimed.ringExit();
            } else {
                claimed.ringExit();
                claimed.kworker();
                unclaimed.ringExit();
                unclaimed.kworker();
            }
            LL_Result c = new LL_Result();
            claimed.arbiter(c);
            LL_Result u = new LL_Result();
            unclaimed.arbiter(u);
            String expected = kworkerFirst ? "0, -" : "-125, -";
            assertEquals(expected, c.toString());
            assertEquals(expected, u.toString());
            assertEquals(Expect.ACCEPTABLE, grade(name(DoneVsCancel.Claimed.class), expected));
        }
        String recycled = "-125, kworker:O3+O1+O9";
        assertEquals(Expect.FORBIDDEN, grade(name(DoneVsCancel.Claimed.class), recycled));
        assertEquals(Expect.ACCEPTABLE_INTERESTING, grade(name(DoneVsCancel.Unclaimed.class), recycled));
    }

    @Test
    void doneViaStaleHandle() {
        DoneViaStaleHandle.Checked checked = new DoneViaStaleHandle.Checked();
        checked.submitter();
        checked.lateAbort();
        LLL_Result c = new LLL_Result();
        checked.arbiter(c);
        assertEquals("late:O3+O1, 0, -", c.toString());
        assertEquals(Expect.ACCEPTABLE, grade(name(DoneViaStaleHandle.Checked.class), c.toString()));

        DoneViaStaleHandle.Unchecked unchecked = new DoneViaStaleHandle.Unchecked();
        unchecked.submitter();
        unchecked.lateAbort();
        LLL_Result u = new LLL_Result();
        unchecked.arbiter(u);
        assertEquals("completed, -125, owner:O1", u.toString());
        assertEquals(Expect.ACCEPTABLE_INTERESTING, grade(name(DoneViaStaleHandle.Unchecked.class), u.toString()));
        assertEquals(Expect.FORBIDDEN, grade(name(DoneViaStaleHandle.Checked.class), u.toString()));

        DoneViaStaleHandle.Checked early = new DoneViaStaleHandle.Checked();
        early.lateAbort();
        early.submitter();
        LLL_Result e = new LLL_Result();
        early.arbiter(e);
        assertEquals("late:O1, 0, -", e.toString());
        assertEquals(Expect.ACCEPTABLE, grade(name(DoneViaStaleHandle.Checked.class), e.toString()));
    }

    @Test
    void pduAcrossQueue() {
        PduAcrossQueue.Released released = new PduAcrossQueue.Released();
        L_Result before = new L_Result();
        released.kworker(before);
        assertEquals("pending", before.toString());
        released.submitter();
        L_Result after = new L_Result();
        released.kworker(after);
        assertEquals("pdu=2", after.toString());

        PduAcrossQueue.Plain plain = new PduAcrossQueue.Plain();
        plain.submitter();
        L_Result plainAfter = new L_Result();
        plain.kworker(plainAfter);
        assertEquals("pdu=2", plainAfter.toString());

        assertEquals(Expect.ACCEPTABLE, grade(name(PduAcrossQueue.Released.class), "pdu=2"));
        assertEquals(Expect.FORBIDDEN, grade(name(PduAcrossQueue.Released.class), "pdu=1"));
        assertEquals(Expect.ACCEPTABLE_INTERESTING, grade(name(PduAcrossQueue.Plain.class), "pdu=1"));
    }

    @Test
    void taskWorkVsCancel() {
        for (boolean irqFirst : new boolean[] {true, false}) {
            TaskWorkVsCancel.Claimed claimed = new TaskWorkVsCancel.Claimed();
            TaskWorkVsCancel.Unchecked unchecked = new TaskWorkVsCancel.Unchecked();
            if (irqFirst) {
                claimed.irq();
                claimed.ringExit();
                unchecked.irq();
                unchecked.ringExit();
            } else {
                claimed.ringExit();
                claimed.irq();
                unchecked.ringExit();
                unchecked.irq();
            }
            LL_Result c = new LL_Result();
            claimed.arbiter(c);
            LL_Result u = new LL_Result();
            unchecked.arbiter(u);
            String expected = irqFirst ? "-, 0" : "-, -125";
            assertEquals(expected, c.toString());
            assertEquals(expected, u.toString());
        }
        for (String bad : List.of("cancel:O4, 0", "irq:O3, -125")) {
            assertEquals(Expect.FORBIDDEN, grade(name(TaskWorkVsCancel.Claimed.class), bad), bad);
            assertEquals(Expect.ACCEPTABLE_INTERESTING, grade(name(TaskWorkVsCancel.Unchecked.class), bad), bad);
        }
    }

    @Test
    void cqPosting() {
        CqPosting.Synchronized synced = new CqPosting.Synchronized();
        synced.completerA();
        synced.completerB();
        LLL_Result s = new LLL_Result();
        synced.arbiter(s);
        assertEquals("0, 0, -", s.toString());

        CqPosting.Unsynchronized plain = new CqPosting.Unsynchronized();
        plain.completerB();
        plain.completerA();
        LLL_Result p = new LLL_Result();
        plain.arbiter(p);
        assertEquals("0, 0, -", p.toString());

        for (String bad : List.of("0, none, -", "none, 0, A:O1", "0, 0, B:O1")) {
            assertEquals(Expect.FORBIDDEN, grade(name(CqPosting.Synchronized.class), bad), bad);
            assertEquals(Expect.ACCEPTABLE_INTERESTING, grade(name(CqPosting.Unsynchronized.class), bad), bad);
        }
    }
}
