package uringcheck.model.lifecycle.interp;

import java.util.List;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Value;

/**
 * The running contexts one thread's frames froze into ({@link ContextFrame#freeze}), each made once: the
 * contexts of millions of states fall into few distinct values, so a frame's content is looked up among
 * those made before instead of allocated again, and the states that hold equal contexts share one object.
 * A context handed out equals the frame's content; which instance it is never shows in any output.
 *
 * <p>At most {@link #CAPACITY} contexts are kept; past that a context is made afresh each time, as without
 * the table, and no more memory is held. The table starts small and doubles as it fills.
 */
final class ContextTable {

    /** How many distinct contexts one thread keeps. */
    static final int CAPACITY = 1 << 14;

    /** Open addressing, at most half full: null or a context made before. */
    private RunningContext[] table = new RunningContext[64];
    private int kept;

    /**
     * The context equal to {@code f}'s content: {@code hint} (the context {@code f} was loaded from or last
     * froze into, null for none) when it still is, else one made before, else a new one made of {@code f}'s frozen lists.
     * When an existing context is returned, {@code f}'s working lists read from its lists from then on.
     */
    RunningContext of(ContextFrame f, RunningContext hint) {
        if (hint != null && holds(hint, f)) {
            return shared(hint, f);
        }
        int mask = table.length - 1;
        int at = hash(f.kind, f.handler, f.command, f.slot, f.generation, f.pc, f.locks, f.started, f.holdsUring,
                f.queued, f.stuck, f.locals, f.pending) & mask;
        for (RunningContext c = table[at]; c != null; c = table[at = (at + 1) & mask]) {
            if (holds(c, f)) {
                return shared(c, f);
            }
        }
        RunningContext made = new RunningContext(f.kind, f.handler, f.command, f.slot, f.generation, f.pc, f.started,
                f.locals.frozen(), f.holdsUring, f.locks, f.queued, f.stuck, f.pending.frozen());
        if (kept < CAPACITY) {
            table[at] = made;
            kept++;
            if (2 * kept > table.length) {
                grow();
            }
        }
        return made;
    }

    private static RunningContext shared(RunningContext c, ContextFrame f) {
        f.locals.reset(c.locals());
        f.pending.reset(c.pending());
        return c;
    }

    private void grow() {
        RunningContext[] old = table;
        table = new RunningContext[2 * old.length];
        int mask = table.length - 1;
        for (RunningContext c : old) {
            if (c != null) {
                int at = hash(c.kind(), c.handler(), c.command(), c.slot(), c.generation(), c.pc(), c.locks(),
                        c.started(), c.holdsUring(), c.queued(), c.stuck(), c.locals(), c.pending()) & mask;
                while (table[at] != null) {
                    at = (at + 1) & mask;
                }
                table[at] = c;
            }
        }
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
