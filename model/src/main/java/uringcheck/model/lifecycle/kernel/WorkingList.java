package uringcheck.model.lifecycle.kernel;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A mutable working copy of one immutable list of a state, copied only when first written
 * (copy-on-write): a transition leaves most of a state's lists untouched, and {@link #frozen} hands an
 * untouched list back as it was, so the successor shares it with its predecessor instead of owning a copy.
 * Reads see the source until the first write and the copy after it; {@code set} of the element already
 * there (the same object) is no write.
 *
 * @param <E> the element type (immutable values)
 */
public final class WorkingList<E> extends AbstractList<E> implements RandomAccess {

    private final List<E> source;
    private ArrayList<E> copy;

    /** A working copy of {@code source}, an immutable list (as a state record's compact constructor makes). */
    public WorkingList(List<E> source) {
        this.source = source;
    }

    @Override
    public E get(int index) {
        return copy == null ? source.get(index) : copy.get(index);
    }

    @Override
    public int size() {
        return copy == null ? source.size() : copy.size();
    }

    @Override
    public E set(int index, E element) {
        E old = get(index);
        if (old != element) {
            written().set(index, element);
        }
        return old;
    }

    @Override
    public void add(int index, E element) {
        written().add(index, element);
        modCount++;
    }

    @Override
    public E remove(int index) {
        E old = written().remove(index);
        modCount++;
        return old;
    }

    /** The list as it is now, immutable: the source itself when nothing was written. */
    public List<E> frozen() {
        return copy == null ? source : List.copyOf(copy);
    }

    private ArrayList<E> written() {
        if (copy == null) {
            copy = new ArrayList<>(source);
        }
        return copy;
    }
}
