package uringcheck.checks.explore;

import java.util.Arrays;

/**
 * The visited-state store: a set of 64-bit state fingerprints plus, per stored state, a predecessor
 * link (parent state id and the index of the action taken from it), from which a counterexample is
 * rebuilt by re-executing the actions from the initial state. No state object is kept.
 *
 * <p>Layout and cost per distinct state:
 * <ul>
 *   <li>the fingerprint set is an <em>ordered</em> linear-probing table ({@code long[]}, 8 bytes a slot,
 *       0 marks an empty slot): a fingerprint's home slot is {@code (fp >>> 32) * capacity >>> 32},
 *       monotone in the unsigned fingerprint, and each run of occupied slots is kept sorted, so a
 *       look-up stops at the first larger entry and growing the table is one linear merge. The table is
 *       filled up to 90% and then grows by a fifth (load 75% to 90%), with a 0.4% tail (1.6% for small
 *       tables) so that no run wraps around: 8.9 to 10.7 bytes per state;</li>
 *   <li>the links are dense columns indexed by state id (ids are handed out in discovery order), in
 *       chunks of 4,096 states: an {@code int} parent (4 bytes) and a {@code byte} action index
 *       (1 byte; indices of 255 and more go to a small side table, ids ascending);</li>
 *   <li>only when a model has an always-recoverable property, an {@code int} id column next to the
 *       table (4 to 5 bytes more per state), so that an edge to an already visited state can name its id.</li>
 * </ul>
 * So a search without always-recoverable properties stores 13.9 to 15.7 bytes per state once the
 * fixed 30 KB of the smallest table and first chunk are amortised. {@link #bytesAllocated()} reports
 * what is actually allocated; {@link Stats#bytesPerState()} divides it by the number of states.
 *
 * <p>Threads: one writer. Any number of threads may call {@link #contains} while no thread inserts
 * (the caller orders the phases, e.g. by joining the readers before the next insertion, which gives
 * the happens-before edges): {@link ParallelBfs} lets its workers ask {@link #contains} during its
 * expansion phase and inserts only in its sequential commit phase. A store that took concurrent
 * inserts (lock-free or striped) would hand out ids in the order threads happen to win, which a
 * deterministic search must then undo; inserting in commit order keeps ids, links, the layout above
 * and so the bytes per state identical for every worker count.
 *
 * <p>Fingerprints are first passed through a bijection ({@link #spread}) so that a hand-written fingerprint
 * without a finaliser cannot pile up in one run of the table. The spread value 0 is stored as 1 (0 marks
 * empty slots): this merges the fingerprint 0 with one other of the 2^64 values, which does not change
 * the collision bound measurably.
 */
final class FingerprintStore {

    /** Returned by {@link #insert} when the fingerprint was already present. */
    static final int NOT_NEW = -1;
    /** The most states one store holds (ids are ints, the table's length must fit an int). */
    static final long MAX_STATES = 1L << 30;

    private static final double MAX_LOAD = 0.9;
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int WIDE = 0xFF;

    private final boolean withIds;
    private int capacity;
    private int growAt;
    private long[] table;
    private int[] ids;
    private int size;
    private int lastFoundId = -1;
    private int[][] parents = new int[0][];
    private byte[][] actions = new byte[0][];
    private int[] wideIds = new int[0];
    private int[] wideActions = new int[0];
    private int wideCount;

    /** A store; {@code withIds} keeps the id of every fingerprint, needed to record graph edges. */
    FingerprintStore(boolean withIds) {
        this.withIds = withIds;
        allocate(1 << 10);
    }

    private void allocate(int newCapacity) {
        capacity = newCapacity;
        growAt = (int) (newCapacity * MAX_LOAD);
        table = new long[newCapacity + tail(newCapacity)];
        ids = withIds ? new int[table.length] : null;
    }

    /**
     * A bijection of the 64-bit fingerprints (multiplication by an odd constant, then a xor-shift) that
     * spreads even poorly mixed hand-written fingerprints (small integers, packed bits) over the home
     * slots, which use the top 32 bits; 0 becomes 1, since 0 marks an empty slot.
     */
    private static long spread(long fingerprint) {
        long h = fingerprint * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }

    /** Slots past the last home slot, so that a run never needs to wrap around: 1.6%, 0.4% from 65,536 on. */
    private static int tail(int capacity) {
        return capacity < 1 << 16 ? 32 + (capacity >>> 6) : capacity >>> 8;
    }

    private int home(long fp) {
        return (int) (((fp >>> 32) * capacity) >>> 32);
    }

    /**
     * Adds {@code fp} with its predecessor link. Returns the new state's id, or {@link #NOT_NEW} if the
     * fingerprint was present (then, with ids kept, {@link #lastFoundId()} names the existing state).
     */
    int insert(long fingerprint, int parent, int action) {
        long fp = spread(fingerprint);
        long key = fp ^ Long.MIN_VALUE;
        while (true) {
            long[] t = table;
            int i = home(fp);
            long v;
            while (i < t.length && (v = t[i]) != 0 && (v ^ Long.MIN_VALUE) < key) {
                i++;
            }
            if (i < t.length && t[i] == fp) {
                if (withIds) {
                    lastFoundId = ids[i];
                }
                return NOT_NEW;
            }
            int j = i;
            while (j < t.length && t[j] != 0) {
                j++;
            }
            if (j == t.length || size >= growAt) {
                grow();
                continue;
            }
            System.arraycopy(t, i, t, i + 1, j - i);
            t[i] = fp;
            int id = size++;
            if (withIds) {
                System.arraycopy(ids, i, ids, i + 1, j - i);
                ids[i] = id;
            }
            link(id, parent, action);
            return id;
        }
    }

    /** Whether {@code fingerprint} is stored. */
    boolean contains(long fingerprint) {
        long fp = spread(fingerprint);
        long key = fp ^ Long.MIN_VALUE;
        long[] t = table;
        int i = home(fp);
        long v;
        while (i < t.length && (v = t[i]) != 0 && (v ^ Long.MIN_VALUE) < key) {
            i++;
        }
        return i < t.length && t[i] == fp;
    }

    private void grow() {
        long[] oldTable = table;
        int[] oldIds = ids;
        int newCapacity = capacity + capacity / 5;
        while (true) {
            allocate(newCapacity);
            if (merge(oldTable, oldIds)) {
                return;
            }
            newCapacity += newCapacity / 5;
        }
    }

    /** Re-inserts the old table's entries, which are in ascending unsigned order, in one pass. */
    private boolean merge(long[] oldTable, int[] oldIds) {
        int next = 0;
        for (int k = 0; k < oldTable.length; k++) {
            long fp = oldTable[k];
            if (fp == 0) {
                continue;
            }
            int slot = Math.max(home(fp), next);
            if (slot >= table.length) {
                return false;
            }
            table[slot] = fp;
            if (withIds) {
                ids[slot] = oldIds[k];
            }
            next = slot + 1;
        }
        return true;
    }

    private void link(int id, int parent, int action) {
        int chunk = id >>> CHUNK_BITS;
        if (chunk == parents.length) {
            parents = Arrays.copyOf(parents, Math.max(16, chunk * 2));
            actions = Arrays.copyOf(actions, parents.length);
        }
        if (parents[chunk] == null) {
            parents[chunk] = new int[CHUNK];
            actions[chunk] = new byte[CHUNK];
        }
        parents[chunk][id & (CHUNK - 1)] = parent;
        if (action >= WIDE) {
            actions[chunk][id & (CHUNK - 1)] = (byte) WIDE;
            if (wideCount == wideIds.length) {
                wideIds = Arrays.copyOf(wideIds, Math.max(16, wideCount * 2));
                wideActions = Arrays.copyOf(wideActions, wideIds.length);
            }
            wideIds[wideCount] = id;
            wideActions[wideCount++] = action;
        } else {
            actions[chunk][id & (CHUNK - 1)] = (byte) action;
        }
    }

    /** The id of the state found by the last {@link #insert} that returned {@link #NOT_NEW} (ids kept only). */
    int lastFoundId() {
        return lastFoundId;
    }

    /** The parent id of state {@code id}, or {@code -1 - initialIndex} for an initial state. */
    int parent(int id) {
        return parents[id >>> CHUNK_BITS][id & (CHUNK - 1)];
    }

    /** The index of the action that led from {@link #parent} to state {@code id}. */
    int action(int id) {
        int a = actions[id >>> CHUNK_BITS][id & (CHUNK - 1)] & 0xFF;
        if (a != WIDE) {
            return a;
        }
        return wideActions[Arrays.binarySearch(wideIds, 0, wideCount, id)];
    }

    /** The path from an initial state to state {@code id}, following the predecessor links. */
    ActionPath pathTo(int id) {
        int length = 0;
        int cursor = id;
        while (parent(cursor) >= 0) {
            length++;
            cursor = parent(cursor);
        }
        int[] steps = new int[length];
        cursor = id;
        for (int i = length - 1; i >= 0; i--) {
            steps[i] = action(cursor);
            cursor = parent(cursor);
        }
        return new ActionPath(-1 - parent(cursor), steps);
    }

    /** The number of distinct fingerprints stored. */
    int size() {
        return size;
    }

    /** The longest run of occupied table slots (a diagnostic: look-ups and insertions scan within a run). */
    int longestRun() {
        int longest = 0;
        int run = 0;
        for (long v : table) {
            run = v == 0 ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Bytes allocated by the table, the id column and the link columns. */
    long bytesAllocated() {
        long bytes = (long) table.length * Long.BYTES;
        if (withIds) {
            bytes += (long) ids.length * Integer.BYTES;
        }
        bytes += (long) parents.length * 2 * 16;
        for (int[] chunk : parents) {
            bytes += chunk == null ? 0 : (long) chunk.length * (Integer.BYTES + 1);
        }
        bytes += (long) wideIds.length * 2 * Integer.BYTES;
        return bytes;
    }
}
