package uringcheck.model.lifecycle.interp;

import java.util.List;
import uringcheck.model.lifecycle.kernel.WorkingList;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Value;

/**
 * A mutable copy of one {@link RunningContext} while it takes a step. A frame is reused from step to
 * step ({@link #load}), with its working lists' buffers.
 */
final class ContextFrame {
    ContextKind kind;
    int handler;
    int command;
    int slot;
    int generation;
    int pc;
    boolean started;
    final WorkingList<Value> locals = new WorkingList<>(List.of());
    boolean holdsUring;
    int locks;
    boolean queued;
    boolean stuck;
    final WorkingList<Integer> pending = new WorkingList<>(List.of());
    boolean finished;
    /** The context this frame was loaded from or last froze into: {@link #freeze} returns it while unchanged. */
    private RunningContext last;

    /** A frame to {@link #load} contexts into. */
    ContextFrame() {
    }

    /** A frame loaded with {@code c}. */
    ContextFrame(RunningContext c) {
        load(c);
    }

    /** Makes this frame a mutable copy of {@code c}; what it held before is dropped. */
    ContextFrame load(RunningContext c) {
        kind = c.kind();
        handler = c.handler();
        command = c.command();
        slot = c.slot();
        generation = c.generation();
        pc = c.pc();
        started = c.started();
        locals.reset(c.locals());
        holdsUring = c.holdsUring();
        locks = c.locks();
        queued = c.queued();
        stuck = c.stuck();
        pending.reset(c.pending());
        finished = false;
        last = c;
        return this;
    }

    /**
     * The context as it is now; it shares locals and pending slots it did not write with its source, and
     * is the context last returned (or loaded) when nothing changed since.
     */
    RunningContext freeze() {
        List<Value> l = locals.frozen();
        List<Integer> p = pending.frozen();
        RunningContext c = last;
        if (c.kind() == kind && c.handler() == handler && c.command() == command && c.slot() == slot
                && c.generation() == generation && c.pc() == pc && c.started() == started && c.locals() == l
                && c.holdsUring() == holdsUring && c.locks() == locks && c.queued() == queued && c.stuck() == stuck
                && c.pending() == p) {
            return c;
        }
        last = new RunningContext(kind, handler, command, slot, generation, pc, started, l, holdsUring, locks, queued,
                stuck, p);
        return last;
    }
}
