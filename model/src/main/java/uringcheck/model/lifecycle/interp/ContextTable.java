package uringcheck.model.lifecycle.interp;

import java.util.List;
import java.util.function.Predicate;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Value;

/**
 * The running contexts one thread's frames froze into ({@link ContextFrame#freeze}), each made once: the
 * contexts of millions of states fall into few distinct values, so a frame's content is looked up among
 * those made before instead of allocated again, and the states that hold equal contexts share one object.
 * A context handed out equals the frame's content; which instance it is never shows in any output.
 *
 * <p>At most {@link #CAPACITY} contexts are kept ({@link InternTable}); past that a context is made afresh
 * each time, as without the table, and no more memory is held.
 */
final class ContextTable {

    /** How many distinct contexts one thread keeps. */
    static final int CAPACITY = 1 << 14;

    private final InternTable<RunningContext> made = new InternTable<>(CAPACITY, c -> hash(c.kind(), c.handler(),
            c.command(), c.slot(), c.generation(), c.pc(), c.locks(), c.started(), c.holdsUring(), c.queued(),
            c.stuck(), c.locals(), c.pending()));
    /** The frame {@link #of} looks up (held here so that the test below is made once, not per look-up). */
    private ContextFrame probed;
    private final Predicate<RunningContext> holdsProbed = c -> holds(c, probed);

    /**
     * The context equal to {@code f}'s content: {@code hint} (the context {@code f} was loaded from or last
     * froze into, null for none) when it still is, else one made before, else a new one made of {@code f}'s frozen lists.
     * When an existing context is returned, {@code f}'s working lists read from its lists from then on.
     */
    RunningContext of(ContextFrame f, RunningContext hint) {
        if (hint != null && holds(hint, f)) {
            return shared(hint, f);
        }
        probed = f;
        RunningContext found = made.find(hash(f.kind, f.handler, f.command, f.slot, f.generation, f.pc, f.locks,
                f.started, f.holdsUring, f.queued, f.stuck, f.locals, f.pending), holdsProbed);
        probed = null;
        if (found != null) {
            return shared(found, f);
        }
        return made.keep(new RunningContext(f.kind, f.handler, f.command, f.slot, f.generation, f.pc, f.started,
                f.locals.frozen(), f.holdsUring, f.locks, f.queued, f.stuck, f.pending.frozen()));
    }

    private static RunningContext shared(RunningContext c, ContextFrame f) {
        f.locals.reset(c.locals());
        f.pending.reset(c.pending());
        return c;
    }

    /** Whether {@code c} has {@code f}'s content. */
    private static boolean holds(RunningContext c, ContextFrame f) {
        return c.kind() == f.kind && c.handler() == f.handler && c.command() == f.command && c.slot() == f.slot
                && c.generation() == f.generation && c.pc() == f.pc && c.started() == f.started
                && c.holdsUring() == f.holdsUring && c.locks() == f.locks && c.queued() == f.queued
                && c.stuck() == f.stuck && same(c.locals(), f.locals) && same(c.pending(), f.pending);
    }

    private static boolean same(List<?> made, List<?> working) {
        int n = made.size();
        if (n != working.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!made.get(i).equals(working.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** One hash for a frame's content and a context's, field by field. */
    private static int hash(ContextKind kind, int handler, int command, int slot, int generation, int pc, int locks,
                            boolean started, boolean holdsUring, boolean queued, boolean stuck, List<Value> locals,
                            List<Integer> pending) {
        int h = kind.ordinal();
        h = 31 * h + handler;
        h = 31 * h + command;
        h = 31 * h + slot;
        h = 31 * h + generation;
        h = 31 * h + pc;
        h = 31 * h + locks;
        h = 31 * h + ((started ? 1 : 0) | (holdsUring ? 2 : 0) | (queued ? 4 : 0) | (stuck ? 8 : 0));
        for (int i = 0; i < locals.size(); i++) {
            Value v = locals.get(i);
            h = 31 * h + v.kind().ordinal();
            h = 31 * h + v.slot();
            h = 31 * h + v.generation();
            h = 31 * h + v.command();
            h = 31 * h + v.flags();
            h = 31 * h + v.number();
        }
        for (int i = 0; i < pending.size(); i++) {
            h = 31 * h + pending.get(i);
        }
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
