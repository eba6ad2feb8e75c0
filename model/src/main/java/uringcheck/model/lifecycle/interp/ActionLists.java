package uringcheck.model.lifecycle.interp;

import java.util.Arrays;
import java.util.List;
import uringcheck.model.lifecycle.state.LifecycleAction;

/**
 * The lists of enabled actions handed out by one thread, each made once: a search lists the enabled actions
 * of millions of states, which fall into few distinct lists, so the list being built ({@link #add}) is looked
 * up among those made before ({@link #list}) instead of allocated again. The lists are immutable and equal
 * (in {@link List}'s sense) to what was added; which instance a caller gets never shows in any output.
 *
 * <p>At most {@link #CAPACITY} lists are kept; past that a list is made afresh each time, so a program with
 * more distinct lists costs an allocation per call, as without the table, and no more memory. The table
 * starts small and doubles as it fills.
 */
final class ActionLists {

    /** How many distinct lists one thread keeps. */
    static final int CAPACITY = 1 << 12;

    private LifecycleAction[] building = new LifecycleAction[16];
    private int size;
    /** Open addressing, at most half full: null or a list made before. */
    private List<?>[] table = new List<?>[64];
    private int kept;

    /** Starts a new list. */
    ActionLists begin() {
        size = 0;
        return this;
    }

    /** Appends {@code a} to the list being built. */
    void add(LifecycleAction a) {
        if (size == building.length) {
            building = Arrays.copyOf(building, 2 * size);
        }
        building[size++] = a;
    }

    /** The list built since {@link #begin}: one made before when its actions are equal, in the same order. */
    @SuppressWarnings("unchecked")
    List<LifecycleAction> list() {
        int mask = table.length - 1;
        int at = hash(building, size) & mask;
        for (List<?> l = table[at]; l != null; l = table[at = (at + 1) & mask]) {
            if (holdsBuilt((List<LifecycleAction>) l)) {
                return (List<LifecycleAction>) l;
            }
        }
        List<LifecycleAction> made = List.of(Arrays.copyOf(building, size));
        if (kept < CAPACITY) {
            table[at] = made;
            kept++;
            if (2 * kept > table.length) {
                grow();
            }
        }
        return made;
    }

    private void grow() {
        List<?>[] old = table;
        table = new List<?>[2 * old.length];
        int mask = table.length - 1;
        for (List<?> l : old) {
            if (l != null) {
                int at = hash(l.toArray(), l.size()) & mask;
                while (table[at] != null) {
                    at = (at + 1) & mask;
                }
                table[at] = l;
            }
        }
    }

    private boolean holdsBuilt(List<LifecycleAction> l) {
        if (l.size() != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!l.get(i).equals(building[i])) {
                return false;
            }
        }
        return true;
    }

    /** The hash of the first {@code n} actions of {@code actions}: the list being built, or one made. */
    private static int hash(Object[] actions, int n) {
        int h = n;
        for (int i = 0; i < n; i++) {
            LifecycleAction a = (LifecycleAction) actions[i];
            h = 31 * h + ((a.kind().ordinal() << 20) ^ (a.index() << 8) ^ a.choice());
        }
        return h ^ (h >>> 15) ^ (h >>> 7);
    }
}
