package uringcheck.model.lifecycle.state;

import java.util.List;
import uringcheck.model.Fingerprints;

/**
 * How a running context, values and integer lists are folded into a 64-bit hash with
 * {@link Fingerprints#mix}: one definition for the state's fingerprint ({@code StateHash}) and the
 * symmetry's sort keys ({@code LifecycleSymmetry}), so both read a context's contents the same way. A list's
 * size is folded before its elements. The symmetry's key of one command folds that command's own number as
 * -2 wherever it appears ({@code self}), so that two commands in the same situation get the same key; the
 * fingerprint passes {@link #NO_SELF} and folds every number as it is. Allocates nothing.
 */
public final class ContentHash {

    /** A {@code self} that is no command: every command number is folded as it is. */
    public static final int NO_SELF = Integer.MIN_VALUE;

    private ContentHash() {
    }

    /** {@code c}'s kind, handler, command, slot, generation, pc, flags, locks, locals and pending requests. */
    public static long context(long h, RunningContext c, int self) {
        h = Fingerprints.mix(h, c.kind().ordinal());
        h = Fingerprints.mix(h, c.handler());
        h = Fingerprints.mix(h, command(c.command(), self));
        h = Fingerprints.mix(h, c.slot());
        h = Fingerprints.mix(h, c.generation());
        h = Fingerprints.mix(h, c.pc());
        h = Fingerprints.mix(h, (c.started() ? 1 : 0) | (c.holdsUring() ? 2 : 0) | (c.queued() ? 4 : 0)
                | (c.stuck() ? 8 : 0));
        h = Fingerprints.mix(h, c.locks());
        h = values(h, c.locals(), self);
        return ints(h, c.pending());
    }

    /** The size of {@code vs}, then each value ({@link #value}). */
    public static long values(long h, List<Value> vs, int self) {
        h = Fingerprints.mix(h, 0x200L + vs.size());
        for (int i = 0; i < vs.size(); i++) {
            h = value(h, vs.get(i), self);
        }
        return h;
    }

    /** {@code v}'s kind, slot, generation, command, flags and number. */
    public static long value(long h, Value v, int self) {
        h = Fingerprints.mix(h, v.kind().ordinal());
        h = Fingerprints.mix(h, v.slot());
        h = Fingerprints.mix(h, v.generation());
        h = Fingerprints.mix(h, command(v.command(), self));
        h = Fingerprints.mix(h, v.flags());
        return Fingerprints.mix(h, v.number());
    }

    /** The size of {@code xs}, then each element. */
    public static long ints(long h, List<Integer> xs) {
        h = Fingerprints.mix(h, 0x100L + xs.size());
        for (int i = 0; i < xs.size(); i++) {
            h = Fingerprints.mix(h, xs.get(i));
        }
        return h;
    }

    private static int command(int command, int self) {
        return command == self ? -2 : command;
    }
}
