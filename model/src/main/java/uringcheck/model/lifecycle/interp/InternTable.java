package uringcheck.model.lifecycle.interp;

import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Values one thread made, each kept once and found again by a hash of its content: open addressing with
 * linear probing, at most half full, starting at 64 slots and doubling. At most {@code capacity} values are
 * kept; past that nothing more is, so a caller makes a value afresh each time, as without the table, and no
 * more memory is held. Not thread-safe: one table per thread.
 *
 * <p>A look-up is {@link #find} with the hash of the content being built and a test of a kept value against
 * that content; when it finds none, the caller makes the value and passes it to {@link #keep} before the next
 * {@code find}. The hash must be the one {@code rehash} computes for the value made from that content.
 *
 * @param <T> the kept values
 */
final class InternTable<T> {

    private final int capacity;
    private final ToIntFunction<T> rehash;
    private Object[] table = new Object[64];
    private int kept;
    /** The empty slot where the last unsuccessful {@link #find} stopped. */
    private int free;

    /** A table that keeps at most {@code capacity} values, {@code rehash} giving each value's hash. */
    InternTable(int capacity, ToIntFunction<T> rehash) {
        this.capacity = capacity;
        this.rehash = rehash;
    }

    /** The kept value with hash {@code hash} that {@code matches}, or null when none does. */
    @SuppressWarnings("unchecked")
    T find(int hash, Predicate<T> matches) {
        int mask = table.length - 1;
        int at = hash & mask;
        for (Object o = table[at]; o != null; o = table[at = (at + 1) & mask]) {
            if (matches.test((T) o)) {
                return (T) o;
            }
        }
        free = at;
        return null;
    }

    /** Keeps {@code made}, the value of the content the last {@link #find} did not find, while there is room. */
    T keep(T made) {
        if (kept < capacity) {
            table[free] = made;
            kept++;
            if (2 * kept > table.length) {
                grow();
            }
        }
        return made;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        Object[] old = table;
        table = new Object[2 * old.length];
        int mask = table.length - 1;
        for (Object o : old) {
            if (o != null) {
                int at = rehash.applyAsInt((T) o) & mask;
                while (table[at] != null) {
                    at = (at + 1) & mask;
                }
                table[at] = o;
            }
        }
    }
}
