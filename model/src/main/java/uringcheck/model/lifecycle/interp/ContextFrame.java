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
    /** The contexts this thread's frames froze into. */
    private final ContextTable made;

    /** A frame to {@link #load} contexts into, freezing into the contexts of {@code made}. */
    ContextFrame(ContextTable made) {
        this.made = made;
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
     * Makes this frame a new context of kind {@code kind} running handler {@code handler} for command
     * {@code command} from its first op, with {@code locals} locals, all empty but {@code cmd} (local 0); it
     * holds no driver lock. {@code slot} and {@code generation} are the request {@code cmd} refers to.
     */
    ContextFrame fresh(ContextKind kind, int handler, int command, int slot, int generation, boolean started,
                       boolean holdsUring, int locals, Value cmd) {
        this.kind = kind;
        this.handler = handler;
        this.command = command;
        this.slot = slot;
        this.generation = generation;
        pc = 0;
        this.started = started;
        this.locals.reset(List.of());
        this.locals.add(cmd);
        for (int i = 1; i < locals; i++) {
            this.locals.add(Value.EMPTY);
        }
        this.holdsUring = holdsUring;
        locks = 0;
        queued = false;
        stuck = false;
        pending.reset(List.of());
        finished = false;
        last = null;
        return this;
    }

    /**
     * The context as it is now: the context last returned (or loaded) when nothing changed since, else an
     * equal one made before ({@link ContextTable}), else a new one sharing the locals and pending slots it
     * did not write with its source.
     */
    RunningContext freeze() {
        last = made.of(this, last);
        return last;
    }
}
