package uringcheck.model.lifecycle.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state's immutable list: a {@link List} by equality and hash code, a copy of what it is made from. */
class StateListTest {

    @Test
    void itEqualsAndHashesAsAnyListWithTheSameElements() {
        StateList<Integer> s = StateList.copyOf(List.of(1, 2, 3));
        assertEquals(List.of(1, 2, 3), s);
        assertEquals(s, new ArrayList<>(List.of(1, 2, 3)));
        assertEquals(List.of(1, 2, 3).hashCode(), s.hashCode());
        assertEquals(StateList.copyOf(List.of(1, 2, 3)), s);
        assertNotEquals(StateList.copyOf(List.of(1, 2)), s);
        assertNotEquals(StateList.copyOf(List.of(1, 2, 4)), s);
        assertEquals(List.of(), StateList.of());
        assertEquals(1, s.indexOf(2));
        assertEquals(-1, s.indexOf(4));
    }

    @Test
    void itCopiesWhatItIsMadeFromAndKeepsAStateList() {
        Object[] buffer = {1, 2, 3, 4};
        StateList<Integer> s = StateList.copyOf(buffer, 3);
        buffer[0] = 9;
        assertEquals(List.of(1, 2, 3), s);
        List<Integer> source = new ArrayList<>(List.of(5, 6));
        StateList<Integer> t = StateList.copyOf(source);
        source.set(0, 7);
        assertEquals(List.of(5, 6), t);
        assertSame(t, StateList.copyOf(t));
        assertSame(StateList.of(), StateList.copyOf(List.of()));
    }

    @Test
    void withReplacesOneElementOfACopy() {
        StateList<Integer> s = StateList.copyOf(List.of(1, 2, 3));
        assertEquals(List.of(1, 9, 3), s.with(1, 9));
        assertEquals(List.of(1, 2, 3), s);
    }

    @Test
    void itHoldsNoNullAndTakesNoWrite() {
        assertThrows(NullPointerException.class, () -> StateList.copyOf(Arrays.asList(1, null)));
        assertThrows(NullPointerException.class, () -> StateList.copyOf(List.of(1)).with(0, null));
        StateList<Integer> s = StateList.copyOf(List.of(1));
        assertThrows(UnsupportedOperationException.class, () -> s.set(0, 2));
        assertThrows(UnsupportedOperationException.class, () -> s.add(2));
        assertThrows(UnsupportedOperationException.class, () -> s.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(1));
    }
}
