package uringcheck.model.lifecycle.interp;

import uringcheck.model.lifecycle.kernel.WorkingList;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Value;

/** A mutable copy of one {@link RunningContext} while it takes a step. */
final class ContextFrame {
    final ContextKind kind;
    int handler;
    int command;
    int slot;
    int generation;
    int pc;
    boolean started;
    final WorkingList<Value> locals;
    boolean holdsUring;
    int locks;
    boolean queued;
    boolean stuck;
    final WorkingList<Integer> pending;
    boolean finished;

    ContextFrame(RunningContext c) {
        kind = c.kind();
        handler = c.handler();
        command = c.command();
        slot = c.slot();
        generation = c.generation();
        pc = c.pc();
        started = c.started();
        locals = new WorkingList<>(c.locals());
        holdsUring = c.holdsUring();
        locks = c.locks();
        queued = c.queued();
        stuck = c.stuck();
        pending = new WorkingList<>(c.pending());
    }

    /** The context as it is now; it shares locals and pending slots it did not write with its source. */
    RunningContext freeze() {
        return new RunningContext(kind, handler, command, slot, generation, pc, started, locals.frozen(), holdsUring, locks,
                queued, stuck, pending.frozen());
    }
}
