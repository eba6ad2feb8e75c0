package uringcheck.model.lifecycle.interp;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import uringcheck.model.lifecycle.state.LifecycleAction;

/**
 * The lists of enabled actions handed out by one thread, each made once: a search lists the enabled actions
 * of millions of states, which fall into few distinct lists, so the list being built ({@link #add}) is looked
 * up among those made before ({@link #list}) instead of allocated again. The lists are immutable and equal
 * (in {@link List}'s sense) to what was added; which instance a caller gets never shows in any output.
 *
 * <p>At most {@link #CAPACITY} lists are kept ({@link InternTable}); past that a list is made afresh each
 * time, so a program with more distinct lists costs an allocation per call, as without the table, and no more
 * memory.
 */
final class ActionLists {

    /** How many distinct lists one thread keeps. */
    static final int CAPACITY = 1 << 12;

    private LifecycleAction[] building = new LifecycleAction[16];
    private int size;
    private final InternTable<List<LifecycleAction>> made =
            new InternTable<>(CAPACITY, l -> hash(l.toArray(), l.size()));
    private final Predicate<List<LifecycleAction>> holdsBuilt = this::holdsBuilt;

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
    List<LifecycleAction> list() {
        List<LifecycleAction> found = made.find(hash(building, size), holdsBuilt);
        return found != null ? found : made.keep(List.of(Arrays.copyOf(building, size)));
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
