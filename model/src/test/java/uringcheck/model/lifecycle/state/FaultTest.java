package uringcheck.model.lifecycle.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uringcheck.model.Obligation;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;

/** Faults are causes with values; their sentences are rendered, and each cause names its SPEC §7 hole. */
class FaultTest {

    private static final ProgramNames NAMES = new ProgramNames() {
        @Override
        public String fieldName(int instance) {
            return "slots[" + instance + "]";
        }

        @Override
        public String handlerName(int handler) {
            return "finish";
        }

        @Override
        public String fetchName(int bit) {
            return "sqe->addr";
        }

        @Override
        public String pduFieldName(int field) {
            return "status";
        }
    };

    @Test
    void aPduFieldFaultNamesTheField() {
        Fault unwritten = new Fault(Obligation.O6, Cause.UNINITIALISED_PDU_FIELD,
                List.of(ContextKind.KWORKER, 1, Provenance.SLAB, 0, 3));
        assertEquals("kworker reads pdu->status of cmd#1 before anything wrote that field: unspecified on a fresh"
                + " issue (here fresh from the slab, not zeroed (no __GFP_ZERO, no constructor): whatever the memory"
                + " held)", unwritten.message(NAMES));
    }

    @Test
    void aFaultRendersItsCauseWithItsValues() {
        Act done = Act.done(0, Errno.ECANCELED.value(), IssueFlags.COMPLETE_DEFER).from(ContextKind.KWORKER);
        Fault twice = new Fault(Obligation.O1, Cause.DOUBLE_DONE, List.of(done, Transition.DONE, 0, Phase.DONE));
        assertEquals("done(cmd#0, -ECANCELED, flags=COMPLETE_DEFER) from kworker: DONE (__io_uring_cmd_done) on"
                + " cmd#0 in phase done is illegal", twice.message(NAMES));
        Fault owners = new Fault(Obligation.O12, Cause.TWO_OWNERS,
                List.of(0, 1, new Holder(Holder.Place.FIELD, 2, null)));
        assertEquals("uring_cmd returns 0 for cmd#1 while a handle to it survives in device field slots[2]: two"
                + " owners", owners.message(NAMES));
        Fault stale = new Fault(Obligation.O3, Cause.STALE_HANDLE,
                List.of(Act.completeInTask(1, 0), 1, -1));
        assertEquals("complete_in_task(cmd#1, finish) touches cmd#1 after it was completed and its request"
                + " recycled (now cached in free_list)", stale.message(NAMES));
    }

    @Test
    void aFaultHoldsValuesOnly() {
        assertThrows(IllegalArgumentException.class,
                () -> new Fault(Obligation.O1, Cause.SECOND_CQE, List.of("cmd#0")));
        assertThrows(IllegalArgumentException.class,
                () -> new Fault(Obligation.O1, Cause.SECOND_CQE, List.of(0, 1)));
        assertEquals(3, Fault.class.getRecordComponents().length, "obligation, cause, subject: no message");
    }

    @Test
    void doubleFetchesAndRacesRenderWithTheProgramsNames() {
        assertEquals("submitter reads sqe->addr of cmd#0 again from the SQ ring, which userspace may rewrite at"
                + " any time: the two reads may differ (double fetch; read it once with READ_ONCE and use the local)",
                new Fault(Obligation.O7, Cause.SQE_DOUBLE_FETCH, List.of(ContextKind.SUBMITTER, 0, 1))
                        .message(NAMES));
        assertEquals("data race on plain field slots[2]: io-wq writes it while submitter can read it at the same"
                + " time, with no lock in common", new Fault(Obligation.O5, Cause.DATA_RACE,
                List.of(ContextKind.IOWQ, 2, 1, ContextKind.SUBMITTER, 0)).message(NAMES));
    }

    @Test
    void eachCauseNamesItsHole() {
        Map<Hole, Integer> perHole = new EnumMap<>(Hole.class);
        int none = 0;
        for (Cause c : Cause.values()) {
            Optional<Hole> h = c.hole();
            if (h.isPresent()) {
                perHole.merge(h.get(), 1, Integer::sum);
            } else {
                none++;
            }
        }
        assertEquals(Map.of(Hole.A, 11, Hole.B, 1, Hole.C, 2, Hole.D, 8, Hole.E, 2), perHole);
        assertEquals(13, none);
        assertEquals(Optional.empty(), Cause.SQE_DOUBLE_FETCH.hole());
        assertEquals(Optional.empty(), Cause.DATA_RACE.hole());
        assertEquals(Optional.of(Hole.B), Cause.FOREIGN_QUEUED_TOKEN.hole());
        assertEquals(Optional.of(Hole.C), Cause.EIOCBQUEUED_WITHOUT_HANDLE.hole());
        assertEquals(Optional.of(Hole.E), Cause.VTABLE_ZEROED_PDU.hole());
        assertEquals(Optional.empty(), Cause.PDU_NOT_PRESERVED.hole());
        assertEquals(Optional.empty(), Cause.NULL_HANDLE_DONE.hole());
    }

    @Test
    void illegalMovesAreNamedByWhatTheyBreak() {
        assertEquals(Cause.DOUBLE_DONE, Cause.ofIllegalMove(Phase.DONE, Transition.DONE));
        assertEquals(Cause.RESULT_AFTER_DONE, Cause.ofIllegalMove(Phase.DONE, Transition.COMPLETE_SYNC));
        assertEquals(Cause.ILLEGAL_MOVE, Cause.ofIllegalMove(Phase.RELEASED, Transition.DONE));
    }
}
