package uringcheck.model.lifecycle.interp;

import uringcheck.model.lifecycle.program.Alloc;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Statement;

/**
 * What the step of a context resting on one op may wait for, and how many outcomes it has, resolved from
 * the op once when the program is loaded ({@link Interpreter}) instead of from its statement on every state
 * the search lists the enabled actions of. At most one of the waits applies: a {@link Lock} waits for its
 * driver lock, an {@link Alloc} for a free object of its pool, a {@link Done} or {@link MarkCancelable} for
 * {@code uring_lock} when it must take it itself ({@link Interpreter#enabled}).
 *
 * @param outcomes    how many outcomes the step has: one per alternative of a choice op, otherwise 1
 * @param lockBit     the driver lock a {@link Lock} takes, 0 for any other step
 * @param poolStart   the first object of the pool an {@link Alloc} takes from, -1 for any other step
 * @param poolSize    the size of that pool (0 for any other step)
 * @param handleLocal the local holding the handle of a {@link Done} or {@link MarkCancelable}, -1 otherwise
 * @param flags       the issue_flags choice of that call (null for any other step)
 * @param forDone     whether that call is a {@link Done}
 */
record StepGuard(int outcomes, int lockBit, int poolStart, int poolSize, int handleLocal, FlagsChoice flags,
                 boolean forDone) {

    /** A step that waits for nothing and has one outcome (also: no op, the handler's end, a pass between calls). */
    static final StepGuard FREE = new StepGuard(1, 0, -1, 0, -1, null, false);

    /** The guard of op {@code pc} of {@code h} ({@link #FREE} past its end and for control ops). */
    static StepGuard of(CompiledProgram program, CompiledHandler h, int pc) {
        if (pc >= h.ops().size()) {
            return FREE;
        }
        Op op = h.ops().get(pc);
        if (op.kind() == Op.Kind.CHOICE) {
            return new StepGuard(op.outcomes().size(), 0, -1, 0, -1, null, false);
        }
        if (op.kind() != Op.Kind.EXEC) {
            return FREE;
        }
        Statement s = op.statement();
        if (s instanceof Lock lock) {
            return new StepGuard(1, program.lockBit(lock.lock(), lock.line()), -1, 0, -1, null, false);
        }
        if (s instanceof Alloc a) {
            return new StepGuard(1, 0, program.objects().poolStart(a.pool(), a.line()),
                    program.objects().poolSize(a.pool(), a.line()), -1, null, false);
        }
        if (s instanceof Done d) {
            return new StepGuard(1, 0, -1, 0, h.local(d.handle()), d.flags(), true);
        }
        if (s instanceof MarkCancelable m) {
            return new StepGuard(1, 0, -1, 0, h.local(m.handle()), m.flags(), false);
        }
        return FREE;
    }
}
