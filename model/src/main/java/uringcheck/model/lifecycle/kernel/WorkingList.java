package uringcheck.model.lifecycle.kernel;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import uringcheck.model.lifecycle.state.StateList;

/**
 * A mutable working copy of one immutable list of a state, copied only when first written
 * (copy-on-write): a transition leaves most of a state's lists untouched, and {@link #frozen} hands an
 * untouched list back as it was, so the successor shares it with its predecessor instead of owning a copy.
 * Reads see the source until the first write and the copy after it; {@code set} of the element already
 * there (the same object) is no write.
 *
 * <p>The copy lives in a buffer the list keeps for its next source ({@link #reset}): a world that works
 * one transition after another allocates, per list it writes, only the successor's {@link StateList}.
 *
 * @param <E> the element type (immutable values)
 */
public final class WorkingList<E> extends AbstractList<E> implements RandomAccess {

    private static final Object[] NO_BUFFER = {};

    private List<E> source;
    private Object[] buffer = NO_BUFFER;
    private int size;
    private boolean written;

    /** A working copy of {@code source}, an immutable list (as a state record's compact constructor makes). */
    public WorkingList(List<E> source) {
        this.source = source;
    }

    /** Makes this a working copy of {@code source} again; what was written since the last reset is dropped. */
    public void reset(List<E> source) {
        this.source = source;
        written = false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (!written) {
            return source.get(index);
        }
        if (index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of a list of " + size);
        }
        return (E) buffer[index];
    }

    @Override
    public int size() {
        return written ? size : source.size();
    }

    @Override
    public E set(int index, E element) {
        E old = get(index);
        if (old != element) {
            write();
            buffer[index] = element;
        }
        return old;
    }

    @Override
    public void add(int index, E element) {
        write();
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("index " + index + " of a list of " + size);
        }
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, size + 4);
        }
        System.arraycopy(buffer, index, buffer, index + 1, size - index);
        buffer[index] = element;
        size++;
        modCount++;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        E old = get(index);
        write();
        System.arraycopy(buffer, index + 1, buffer, index, size - index - 1);
        size--;
        buffer[size] = null;
        modCount++;
        return old;
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0, n = size(); i < n; i++) {
            if (get(i).equals(o)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Removes the first element equal to {@code o}; no write when there is none. */
    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        remove(i);
        return true;
    }

    @Override
    public void clear() {
        written = true;
        size = 0;
        modCount++;
    }

    /**
     * The list as it reads now: the source itself (immutable) while nothing was written, this list once
     * something was. A reader that knows the source (the words of the state this is a working copy of) sees
     * from the list alone whether it changed.
     */
    public List<E> current() {
        return written ? this : source;
    }

    /**
     * The list as it is now, immutable: the source itself when nothing was written. What is written
     * afterwards is written to a copy of the list returned, which stays as it is.
     */
    public List<E> frozen() {
        if (!written) {
            return source;
        }
        StateList<E> now = StateList.copyOf(buffer, size);
        source = now;
        written = false;
        return now;
    }

    private void write() {
        if (written) {
            return;
        }
        int n = source.size();
        if (buffer.length < n + 1) {
            buffer = new Object[n + 4];
        }
        if (source instanceof StateList<E> s) {
            s.copyInto(buffer);
        } else {
            for (int i = 0; i < n; i++) {
                buffer[i] = source.get(i);
            }
        }
        size = n;
        written = true;
    }
}
