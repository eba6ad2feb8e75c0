package uringcheck.model.lifecycle.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Value;

/** Frames freezing into shared contexts: each context handed out equals the frame's content, whichever instance. */
class ContextTableTest {

    private static final Value CMD = new Value(Value.Kind.COMMAND, 1, 2, 0, 0, 0);
    private static final RunningContext BASE = new RunningContext(ContextKind.KWORKER, 1, 0, 1, 2, 3, true,
            List.of(CMD, Value.EMPTY), false, 0, false, false, List.of(4, 5));

    @Test
    void aFrameChangedInAnyComponentFreezesIntoAnEqualContextAndBackIntoTheSameOne() {
        ContextTable table = new ContextTable();
        ContextFrame f = new ContextFrame(table);
        List<Consumer<ContextFrame>> changes = List.of(
                x -> x.kind = ContextKind.IRQ, x -> x.handler = 2, x -> x.command = 1, x -> x.slot = 0,
                x -> x.generation = 3, x -> x.pc = 4, x -> x.started = false, x -> x.locals.set(1, Value.integer(7)),
                x -> x.locals.set(0, CMD.withKind(Value.Kind.QUEUED_HANDLE)), x -> x.locals.add(Value.EMPTY),
                x -> x.holdsUring = true, x -> x.locks = 1, x -> x.queued = true, x -> x.stuck = true,
                x -> x.pending.set(1, 6), x -> x.pending.remove(0));
        for (Consumer<ContextFrame> change : changes) {
            f.load(BASE);
            change.accept(f);
            RunningContext changed = f.freeze();
            assertNotSame(BASE, changed);
            assertEquals(expected(change), changed);
            f.load(BASE);
            change.accept(f);
            assertSame(changed, f.freeze(), "the same change again: the context made before");
        }
        f.load(BASE);
        f.pc = 9;
        f.pc = 3;
        assertSame(BASE, f.freeze(), "changed and changed back: the context it was loaded from");
    }

    /** The context {@code change} makes of {@link #BASE}, built by hand. */
    private static RunningContext expected(Consumer<ContextFrame> change) {
        ContextFrame f = new ContextFrame(new ContextTable());
        f.load(BASE);
        change.accept(f);
        return new RunningContext(f.kind, f.handler, f.command, f.slot, f.generation, f.pc, f.started,
                new ArrayList<>(f.locals), f.holdsUring, f.locks, f.queued, f.stuck, new ArrayList<>(f.pending));
    }

    @Test
    void everyContextEqualsItsFramePastTheCapacityToo() {
        ContextFrame f = new ContextFrame(new ContextTable());
        Random random = new Random(7);
        Map<RunningContext, RunningContext> handedOut = new HashMap<>();
        List<int[]> made = new ArrayList<>();
        for (int n = 0; n < 3 * ContextTable.CAPACITY; n++) {
            int[] c = {random.nextInt(3), random.nextInt(4), random.nextInt(4), random.nextInt(4), random.nextInt(3),
                random.nextInt(2), random.nextInt(2), 1 + random.nextInt(3), random.nextInt(8), random.nextInt(16)};
            RunningContext context = freeze(f, c);
            assertEquals(new RunningContext(f.kind, f.handler, f.command, f.slot, f.generation, f.pc, f.started,
                    new ArrayList<>(f.locals), f.holdsUring, 0, false, false, List.of()), context);
            if (handedOut.putIfAbsent(context, context) == null) {
                made.add(c);
            }
        }
        int shared = 0;
        for (int[] c : made) {
            RunningContext context = freeze(f, c);
            if (handedOut.get(context) == context) {
                shared++;
            }
        }
        assertEquals(ContextTable.CAPACITY, shared, "the first contexts made are kept, up to the capacity");
    }

    private static RunningContext freeze(ContextFrame f, int[] c) {
        f.fresh(ContextKind.values()[c[0]], c[1], c[2], c[3], c[4], c[5] == 1, c[6] == 1, c[7], Value.integer(c[8]));
        f.pc = c[9];
        return f.freeze();
    }
}
