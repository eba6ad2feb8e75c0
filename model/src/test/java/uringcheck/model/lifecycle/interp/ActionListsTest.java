package uringcheck.model.lifecycle.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleAction.Kind;

/** The shared lists of enabled actions: each list handed out equals what was added, whichever instance it is. */
class ActionListsTest {

    private static List<LifecycleAction> build(ActionLists lists, List<LifecycleAction> actions) {
        lists.begin();
        for (LifecycleAction a : actions) {
            lists.add(a);
        }
        return lists.list();
    }

    @Test
    void equalListsAreOneInstanceAndListsThatDifferInAnyActionAreNot() {
        ActionLists lists = new ActionLists();
        List<LifecycleAction> steps = List.of(LifecycleAction.of(Kind.STEP, 0, 0), LifecycleAction.of(Kind.STEP, 0, 1));
        List<LifecycleAction> first = build(lists, steps);
        assertEquals(steps, first);
        assertSame(first, build(lists, steps), "the same actions again: the list made before");
        List<List<LifecycleAction>> others = List.of(
                List.of(LifecycleAction.of(Kind.STEP, 0, 0), LifecycleAction.of(Kind.STEP, 0, 2)),
                List.of(LifecycleAction.of(Kind.STEP, 0, 0), LifecycleAction.of(Kind.STEP, 1, 1)),
                List.of(LifecycleAction.of(Kind.STEP, 0, 0), LifecycleAction.of(Kind.TASK_WORK, 0, 1)),
                List.of(LifecycleAction.of(Kind.STEP, 0, 1), LifecycleAction.of(Kind.STEP, 0, 0)),
                List.of(LifecycleAction.of(Kind.STEP, 0, 0)),
                List.of());
        for (List<LifecycleAction> other : others) {
            List<LifecycleAction> made = build(lists, other);
            assertEquals(other, made, "differs from " + steps + " in one action, its order or its length");
            assertNotSame(first, made);
        }
        assertSame(first, build(lists, steps));
    }

    @Test
    void everyListHandedOutEqualsItsActionsPastTheCapacityToo() {
        ActionLists lists = new ActionLists();
        Random random = new Random(12);
        Map<List<LifecycleAction>, List<LifecycleAction>> handedOut = new HashMap<>();
        Kind[] kinds = Kind.values();
        for (int n = 0; n < 6 * ActionLists.CAPACITY; n++) {
            List<LifecycleAction> actions = new ArrayList<>();
            for (int i = random.nextInt(20); i > 0; i--) {
                actions.add(LifecycleAction.of(kinds[random.nextInt(kinds.length)], random.nextInt(4), random.nextInt(3)));
            }
            List<LifecycleAction> made = build(lists, actions);
            assertEquals(actions, made);
            handedOut.putIfAbsent(actions, made);
        }
        assertThrows(UnsupportedOperationException.class,
                () -> build(lists, List.of(LifecycleAction.of(Kind.SUBMIT, 0, 0))).add(LifecycleAction.of(Kind.SUBMIT, 1, 0)));
        int shared = 0;
        for (Map.Entry<List<LifecycleAction>, List<LifecycleAction>> e : handedOut.entrySet()) {
            if (build(lists, e.getKey()) == e.getValue()) {
                shared++;
            }
        }
        assertEquals(ActionLists.CAPACITY, shared, "the first lists made are kept, up to the capacity");
    }
}
