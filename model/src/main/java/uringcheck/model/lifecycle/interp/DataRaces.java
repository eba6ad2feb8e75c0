package uringcheck.model.lifecycle.interp;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.AddField;
import uringcheck.model.lifecycle.program.Assert;
import uringcheck.model.lifecycle.program.Clear;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.RunningContext;

/**
 * Data races on plain device fields ({@link FieldDecl#plain}), as KCSAN reports them, found without any
 * state of their own: when a context steps to an access of a plain field while another context's next
 * step, enabled in the same state, accesses the same field instance, one of the two writes, and the two
 * hold no lock in common ({@code uring_lock} counts as a lock: a field a driver protects "by uring_lock"
 * and touches from io-wq races).
 *
 * <p>Complete for the model's interleavings: two accesses can happen at the same time exactly when some
 * reachable state has both as the next steps of their contexts, both enabled (either may go first, with
 * nothing in between). The search takes every enabled step of every reachable state, so it takes the first
 * of the two from that state and this check sees the second poised. A lock held in common makes such a
 * state unreachable (the second context could not have entered its critical section); the lockset test
 * states the same for {@code uring_lock}, which contexts hold by construction rather than by a step.
 */
final class DataRaces {

    /** One access of a plain field instance. */
    private record Access(int instance, boolean writes) {
    }

    private final Interpreter interp;

    DataRaces(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * Records a race (O5, {@link Cause#DATA_RACE}) if the op context {@code ci} of {@code w} is about to
     * take races with the next step of another context; {@code w} is still the state before the step.
     */
    void check(World w, int ci) {
        RunningContext c = w.contexts.get(ci);
        Access mine = access(c);
        if (mine == null) {
            return;
        }
        LifecycleState before = w.freeze();
        for (int x = 0; x < w.contexts.size(); x++) {
            RunningContext d = w.contexts.get(x);
            Access theirs = x == ci ? null : access(d);
            if (theirs != null && theirs.instance() == mine.instance() && (mine.writes() || theirs.writes())
                    && (c.locks() & d.locks()) == 0 && !(c.holdsUring() && d.holdsUring())
                    && interp.enabled(before, x)) {
                w.fault(Obligation.O5, Cause.DATA_RACE, c.kind(), mine.instance(), mine.writes() ? 1 : 0, d.kind(),
                        theirs.writes() ? 1 : 0);
                return;
            }
        }
    }

    /** The plain-field access the next op of {@code c} makes, or null. */
    private Access access(RunningContext c) {
        if (c.handler() < 0 || c.stuck()) {
            return null;
        }
        CompiledHandler h = interp.program().handler(c.handler());
        if (c.pc() >= h.ops().size() || h.ops().get(c.pc()).kind() == Op.Kind.JUMP) {
            return null;
        }
        Statement s = h.ops().get(c.pc()).statement();
        String field;
        boolean writes;
        if (s instanceof If i && i.condition().kind().onField()) {
            field = i.condition().field();
            writes = i.condition().kind() == Condition.Kind.TEST_AND_SET;
        } else if (s instanceof Assert a && a.condition().kind().onField()) {
            field = a.condition().field();
            writes = false;
        } else if (s instanceof Load l) {
            field = l.field();
            writes = interp.semantics().movesValues()
                    && interp.program().field(field, s.line()).kind() != FieldDecl.Kind.INT;
        } else if (s instanceof Store st) {
            field = st.field();
            writes = true;
        } else if (s instanceof Clear cl) {
            field = cl.field();
            writes = true;
        } else if (s instanceof SetField sf) {
            field = sf.field();
            writes = true;
        } else if (s instanceof AddField af) {
            field = af.field();
            writes = true;
        } else {
            return null;
        }
        CompiledProgram p = interp.program();
        if (!p.field(field, s.line()).plain()) {
            return null;
        }
        return new Access(p.fieldInstance(field, c.command(), s.line()), writes);
    }
}
