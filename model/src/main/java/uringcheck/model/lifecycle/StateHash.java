package uringcheck.model.lifecycle;

import java.util.List;
import uringcheck.model.Fingerprints;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.Fault;
import uringcheck.model.lifecycle.state.Holder;
import uringcheck.model.lifecycle.state.PduCell;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.Value;

/**
 * A hand-written structural fingerprint of a {@link LifecycleState}: every component, in declaration
 * order, folded with {@link Fingerprints#mix} and finished with {@link Fingerprints#finish}; list sizes
 * are folded in before their elements, so different shapes differ. A slot's PDU fields are folded one after
 * the other, value then provenance, without their count: every slot of a model has as many as the
 * program's layout, and one field (no layout) folds exactly as the single PDU did before layouts existed. The stimulus fire counters are folded
 * only when the program declares stimuli, so a program without them keeps its fingerprints. Equal states give equal
 * fingerprints because only their values are read. It replaces the reflective default, which dominated
 * the explorer's time per transition, and allocates nothing: lists are walked by index (no iterator), and
 * the fault subjects' boxed values are read, never boxed. {@code StateHashTest} pins it to the reflective
 * definition's distinctions on every state of the catalogue.
 */
final class StateHash {

    private StateHash() {
    }

    static long of(LifecycleState s) {
        long h = 0x3C6EF372FE94F82BL;
        h = Fingerprints.mix(h, s.slots().size());
        List<Slot> slots = s.slots();
        for (int i = 0; i < slots.size(); i++) {
            Slot x = slots.get(i);
            h = Fingerprints.mix(h, x.phase().ordinal());
            h = Fingerprints.mix(h, x.generation());
            h = Fingerprints.mix(h, x.command());
            h = Fingerprints.mix(h, (x.reissue() ? 1 : 0) | (x.cancelable() ? 2 : 0) | (x.sqeCopied() ? 4 : 0)
                    | (x.cqePosted() ? 8 : 0) | (x.staleTaskWork() ? 16 : 0) | (long) x.fetched() << 5);
            List<PduCell> pdu = x.pdu();
            for (int j = 0; j < pdu.size(); j++) {
                h = Fingerprints.mix(h, pdu.get(j).value());
                h = Fingerprints.mix(h, pdu.get(j).provenance().ordinal());
            }
            h = Fingerprints.mix(h, x.taskWork().ordinal());
            h = Fingerprints.mix(h, x.taskWorkHandler());
            h = Fingerprints.mix(h, x.taskWorkFlags());
        }
        h = ints(h, s.freeList());
        h = ints(h, s.complReqs());
        h = ints(h, s.cancelable());
        h = Fingerprints.mix(h, s.commands().size());
        List<CommandRecord> commands = s.commands();
        for (int i = 0; i < commands.size(); i++) {
            CommandRecord c = commands.get(i);
            h = Fingerprints.mix(h, (c.submitted() ? 1 : 0) | (c.returned() ? 2 : 0) | (c.sqReused() ? 4 : 0));
            h = Fingerprints.mix(h, c.cqes());
            h = Fingerprints.mix(h, c.doneBy());
        }
        h = Fingerprints.mix(h, s.contexts().size());
        List<RunningContext> contexts = s.contexts();
        for (int i = 0; i < contexts.size(); i++) {
            RunningContext c = contexts.get(i);
            h = Fingerprints.mix(h, c.kind().ordinal());
            h = Fingerprints.mix(h, c.handler());
            h = Fingerprints.mix(h, c.command());
            h = Fingerprints.mix(h, c.slot());
            h = Fingerprints.mix(h, c.generation());
            h = Fingerprints.mix(h, c.pc());
            h = Fingerprints.mix(h, (c.started() ? 1 : 0) | (c.holdsUring() ? 2 : 0) | (c.queued() ? 4 : 0)
                    | (c.stuck() ? 8 : 0));
            h = Fingerprints.mix(h, c.locks());
            h = values(h, c.locals());
            h = ints(h, c.pending());
        }
        h = values(h, s.fields());
        h = Fingerprints.mix(h, s.leakedLocks());
        h = Fingerprints.mix(h, s.task().ordinal());
        h = Fingerprints.mix(h, (s.ringClosed() ? 1 : 0) | (s.fileClosed() ? 2 : 0) | (s.released() ? 4 : 0));
        h = Fingerprints.mix(h, s.faults().size());
        List<Fault> faults = s.faults();
        for (int i = 0; i < faults.size(); i++) {
            Fault f = faults.get(i);
            h = Fingerprints.mix(h, f.obligation().ordinal());
            h = Fingerprints.mix(h, f.cause().ordinal());
            h = Fingerprints.mix(h, f.subject().size());
            List<Object> subject = f.subject();
            for (int j = 0; j < subject.size(); j++) {
                h = subject(h, subject.get(j));
            }
        }
        if (!s.fires().isEmpty()) {
            h = ints(h, s.fires());
        }
        return Fingerprints.finish(h);
    }

    /** One subject value of a fault: its fields, never words (the message is rendered, not stored). */
    private static long subject(long h, Object x) {
        if (x instanceof Integer i) {
            return Fingerprints.mix(Fingerprints.mix(h, 0x301L), i);
        }
        if (x instanceof Enum<?> e) {
            return Fingerprints.mix(Fingerprints.mix(h, 0x302L), e.ordinal());
        }
        if (x instanceof Act a) {
            h = Fingerprints.mix(h, 0x303L);
            h = Fingerprints.mix(h, a.kind().ordinal());
            h = Fingerprints.mix(h, a.command());
            h = Fingerprints.mix(h, a.ret());
            h = Fingerprints.mix(h, a.flags());
            h = Fingerprints.mix(h, a.handler());
            return Fingerprints.mix(h, a.from() == null ? -1 : a.from().ordinal());
        }
        Holder o = (Holder) x;
        h = Fingerprints.mix(h, 0x304L);
        h = Fingerprints.mix(h, o.place().ordinal());
        h = Fingerprints.mix(h, o.field());
        return Fingerprints.mix(h, o.context() == null ? -1 : o.context().ordinal());
    }

    private static long ints(long h, List<Integer> xs) {
        h = Fingerprints.mix(h, 0x100L + xs.size());
        for (int i = 0; i < xs.size(); i++) {
            h = Fingerprints.mix(h, xs.get(i));
        }
        return h;
    }

    private static long values(long h, List<Value> vs) {
        h = Fingerprints.mix(h, 0x200L + vs.size());
        for (int i = 0; i < vs.size(); i++) {
            Value v = vs.get(i);
            h = Fingerprints.mix(h, v.kind().ordinal());
            h = Fingerprints.mix(h, v.slot());
            h = Fingerprints.mix(h, v.generation());
            h = Fingerprints.mix(h, v.command());
            h = Fingerprints.mix(h, v.flags());
            h = Fingerprints.mix(h, v.number());
        }
        return h;
    }
}
