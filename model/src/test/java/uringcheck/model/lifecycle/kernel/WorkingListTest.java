package uringcheck.model.lifecycle.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uringcheck.model.lifecycle.state.StateList;

/** The copy-on-write working list: what it shares, what it copies, and that a frozen list never changes. */
class WorkingListTest {

    private static final StateList<Integer> SOURCE = StateList.copyOf(List.of(10, 20, 30));

    @Test
    void anUntouchedListIsHandedBackAsItWas() {
        WorkingList<Integer> w = new WorkingList<>(SOURCE);
        assertEquals(20, w.get(1));
        assertTrue(w.contains(30));
        assertFalse(w.remove(Integer.valueOf(99)), "removing what is not there");
        w.set(0, SOURCE.get(0));
        assertSame(SOURCE, w.frozen(), "reads, a missed remove and setting the same element are no writes");
    }

    @Test
    void aWriteCopiesAndLeavesTheSourceAlone() {
        WorkingList<Integer> w = new WorkingList<>(SOURCE);
        w.set(1, 21);
        w.add(0, 5);
        w.remove(Integer.valueOf(30));
        List<Integer> frozen = w.frozen();
        assertEquals(List.of(5, 10, 21), frozen);
        assertEquals(List.of(10, 20, 30), SOURCE);
        assertSame(frozen, w.frozen(), "nothing written since");
    }

    @Test
    void aFrozenListStaysAsItWasWhateverIsWrittenAfterwards() {
        WorkingList<Integer> w = new WorkingList<>(SOURCE);
        w.set(0, 11);
        List<Integer> first = w.frozen();
        w.set(1, 22);
        w.add(3, 40);
        List<Integer> second = w.frozen();
        assertEquals(List.of(11, 20, 30), first);
        assertEquals(List.of(11, 22, 30, 40), second);
        w.reset(first);
        w.clear();
        w.add(0, 1);
        assertEquals(List.of(1), w.frozen());
        assertEquals(List.of(11, 20, 30), first, "a reused buffer is never a frozen list's");
        assertEquals(List.of(11, 22, 30, 40), second);
    }

    @Test
    void resetDropsWhatWasWritten() {
        WorkingList<Integer> w = new WorkingList<>(SOURCE);
        w.set(2, 33);
        w.reset(SOURCE);
        assertEquals(30, w.get(2));
        assertSame(SOURCE, w.frozen());
    }

    @Test
    void itBehavesAsAnArrayListUnderRandomEdits() {
        Random random = new Random(20261129L);
        WorkingList<Integer> w = new WorkingList<>(StateList.of());
        List<Integer> expected = new ArrayList<>();
        List<List<Integer>> frozen = new ArrayList<>();
        List<List<Integer>> snapshots = new ArrayList<>();
        for (int step = 0; step < 5_000; step++) {
            int op = random.nextInt(6);
            if (op <= 1 || expected.isEmpty()) {
                int at = random.nextInt(expected.size() + 1);
                expected.add(at, step);
                w.add(at, step);
            } else if (op == 2) {
                int at = random.nextInt(expected.size());
                assertEquals(expected.remove(at), w.remove(at));
            } else if (op == 3) {
                int at = random.nextInt(expected.size());
                assertEquals(expected.set(at, -step), w.set(at, -step));
            } else if (op == 4) {
                Integer x = random.nextInt(step + 1);
                assertEquals(expected.remove(x), w.remove(x));
            } else {
                frozen.add(w.frozen());
                snapshots.add(List.copyOf(expected));
                if (random.nextInt(4) == 0) {
                    w.reset(frozen.get(random.nextInt(frozen.size())));
                    expected = new ArrayList<>(w);
                }
            }
            assertEquals(expected, w);
        }
        assertEquals(snapshots, frozen);
    }

    @Test
    void aFrozenListIsImmutable() {
        WorkingList<Integer> w = new WorkingList<>(SOURCE);
        w.set(0, 1);
        List<Integer> frozen = w.frozen();
        assertNotSame(SOURCE, frozen);
        assertThrows(UnsupportedOperationException.class, () -> frozen.set(0, 2));
        assertThrows(UnsupportedOperationException.class, () -> frozen.add(3));
    }
}
