package uringcheck.model.lifecycle.state;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list every list of a state is held in: an array of exactly its size, no null element.
 * One class for every list of every state keeps the search's list reads monomorphic (the JDK's
 * {@code List.copyOf} picks one of two classes by size), and a transition's working copy hands its
 * buffer over in one copy ({@link #copyOf(Object[], int)}) instead of two. Equality and hash code are
 * {@link List}'s. Writes throw {@link UnsupportedOperationException}.
 *
 * @param <E> the element type (immutable values)
 */
public final class StateList<E> extends AbstractList<E> implements RandomAccess {

    private static final StateList<?> EMPTY = new StateList<>(new Object[0]);

    private final Object[] elements;

    private StateList(Object[] elements) {
        this.elements = elements;
    }

    /** The empty list. */
    @SuppressWarnings("unchecked")
    public static <E> StateList<E> of() {
        return (StateList<E>) EMPTY;
    }

    /**
     * {@code list} as a state list: itself when it is one, otherwise a copy.
     *
     * @throws NullPointerException if an element is null
     */
    @SuppressWarnings("unchecked")
    public static <E> StateList<E> copyOf(List<? extends E> list) {
        if (list instanceof StateList<?> s) {
            return (StateList<E>) s;
        }
        return copyOf(list.toArray(), list.size());
    }

    /**
     * A state list of the first {@code size} elements of {@code buffer}, which the caller keeps and may
     * overwrite afterwards.
     *
     * @throws NullPointerException if one of them is null
     */
    public static <E> StateList<E> copyOf(Object[] buffer, int size) {
        if (size == 0) {
            return of();
        }
        Object[] elements = Arrays.copyOf(buffer, size, Object[].class);
        for (Object e : elements) {
            Objects.requireNonNull(e, "a state list holds no null");
        }
        return new StateList<>(elements);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    /** This list with {@code element} at {@code index} instead of what is there. */
    public StateList<E> with(int index, E element) {
        Object[] copy = elements.clone();
        copy[index] = Objects.requireNonNull(element, "a state list holds no null");
        return new StateList<>(copy);
    }

    /** Copies the elements into {@code to} from index 0; {@code to} has room for {@link #size} of them. */
    public void copyInto(Object[] to) {
        System.arraycopy(elements, 0, to, 0, elements.length);
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i].equals(o)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Object e : elements) {
            h = 31 * h + e.hashCode();
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof StateList<?> other) {
            return Arrays.equals(elements, other.elements);
        }
        return super.equals(o);
    }
}
