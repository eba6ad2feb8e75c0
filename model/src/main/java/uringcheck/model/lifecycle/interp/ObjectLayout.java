package uringcheck.model.lifecycle.interp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uringcheck.model.lifecycle.program.Assert;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.ListDecl;
import uringcheck.model.lifecycle.program.PoolDecl;
import uringcheck.model.lifecycle.state.DriverProperty;

/**
 * Where the driver's own objects sit in {@link uringcheck.model.lifecycle.state.LifecycleState#objects}.
 * The objects of all pools are numbered in declaration order ({@code N} in all); the component holds, in
 * order: one entry per object (0 free, 1 allocated); per declared list, {@code N} entries: its members'
 * numbers plus one in list order, then zeros (so equal lists are equal entries); then the line of the
 * first failed {@code assert:} (0: none) and the line of the first misuse of an object (0: none). It is
 * empty when the program declares no pool, no list and writes no {@code assert:}, so such a program's
 * states are those it had before objects existed.
 */
public final class ObjectLayout {

    private final List<PoolDecl> pools;
    private final List<ListDecl> lists;
    private final List<Integer> poolStarts = new ArrayList<>();
    private final int objects;
    private final boolean asserts;
    private final int size;

    ObjectLayout(DriverProgram program) {
        this.pools = program.pools();
        this.lists = program.lists();
        int n = 0;
        for (PoolDecl p : pools) {
            poolStarts.add(n);
            n += p.size();
        }
        this.objects = n;
        this.asserts = program.contains(Assert.class);
        boolean any = !pools.isEmpty() || !lists.isEmpty() || asserts;
        this.size = any ? objects + lists.size() * objects + 2 : 0;
    }

    /** The initial component: nothing allocated, every list empty, no breach. */
    public List<Integer> initial() {
        return Collections.nCopies(size, 0);
    }

    /** How many objects the pools hold together. */
    public int objects() {
        return objects;
    }

    /** Whether the program writes an {@code assert:}. */
    public boolean asserts() {
        return asserts;
    }

    /** The entry recording the first breach of {@code property} (an ALWAYS one kept in the state). */
    public int breachAt(DriverProperty property) {
        return switch (property) {
            case DRIVER_ASSERT -> size - 2;
            case OBJECT_LIFETIME -> size - 1;
            case OBJECTS_FREED -> throw new IllegalArgumentException("objects-freed is decided at quiescence");
        };
    }

    /** The first object of pool {@code name}. */
    int poolStart(String name, int line) {
        return poolStarts.get(pool(name, line));
    }

    /** The size of pool {@code name}. */
    int poolSize(String name, int line) {
        return pools.get(pool(name, line)).size();
    }

    private int pool(String name, int line) {
        for (int i = 0; i < pools.size(); i++) {
            if (pools.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("line " + line + ": no pool named '" + name + "'");
    }

    /** The index of list {@code name}. */
    int list(String name, int line) {
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("line " + line + ": no driver list named '" + name + "'");
    }

    /** The first entry of list {@code list}. */
    int listStart(int list) {
        return objects + list * objects;
    }

    /** The number of lists. */
    int lists() {
        return lists.size();
    }

    /** The name of object {@code object}, e.g. {@code reqs[1]}. */
    String objectName(int object) {
        for (int i = pools.size() - 1; i >= 0; i--) {
            if (object >= poolStarts.get(i)) {
                return pools.get(i).name() + "[" + (object - poolStarts.get(i)) + "]";
            }
        }
        throw new IllegalArgumentException("no object " + object);
    }

    /** The name of list {@code list}. */
    String listName(int list) {
        return lists.get(list).name();
    }
}
