package uringcheck.model.toy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uringcheck.model.Fingerprints;
import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * A toy model with a state count derivable by hand: {@code n} threads each take a lock once, run a
 * critical section and finish. Each thread's program counter is {@link Pc#IDLE}, {@link Pc#IN_CS} or
 * {@link Pc#DONE} ({@link Pc#CHECKED} only in {@link Variant#TEST_THEN_SET}); the lock names its owner.
 *
 * <p>With {@link Variant#CORRECT} the lock owner is determined by the program counters, at most one
 * thread is in the critical section, and every such vector is reachable, so the model has
 * {@code 2^n + n * 2^(n-1) = (n + 2) * 2^(n-1)} states. The seeded-bug variants break one property each:
 * {@link Variant#TEST_THEN_SET} (check the lock, then take it, as two steps) breaks mutual exclusion
 * after four steps; {@link Variant#LEAKED_LOCK} (thread 0 never releases the lock) leaves the other
 * threads waiting forever in a quiescent state.
 *
 * <p>The state is two bits per thread in one {@code long} plus the owner, with a hand-written fingerprint
 * and a cache of action lists per enabled-thread mask, so the explorer's own cost dominates a benchmark.
 */
public final class ToyMutex implements Model<ToyMutex.State, Integer> {

    /** A thread's program counter. */
    public enum Pc {
        IDLE, CHECKED, IN_CS, DONE
    }

    /** Which lock protocol the threads follow. */
    public enum Variant {
        /** Take the lock atomically if free; release it when done. */
        CORRECT,
        /** Seeded bug: see the lock free, then (in a second step) take it, even if taken meanwhile. */
        TEST_THEN_SET,
        /** Seeded bug: thread 0 finishes without releasing the lock. */
        LEAKED_LOCK
    }

    /**
     * A state: two bits of {@link Pc} ordinal per thread (thread {@code i} at bits {@code 2i}) and the
     * lock owner ({@code -1} when free).
     *
     * @param pcs   the packed program counters
     * @param owner the thread holding the lock, or -1
     */
    public record State(long pcs, int owner) {

        /** The program counter of thread {@code thread}. */
        public Pc pc(int thread) {
            return PCS[(int) (pcs >>> (2 * thread)) & 3];
        }

        State with(int thread, Pc pc, int newOwner) {
            long cleared = pcs & ~(3L << (2 * thread));
            return new State(cleared | ((long) pc.ordinal() << (2 * thread)), newOwner);
        }
    }

    private static final Pc[] PCS = Pc.values();
    private static final int MAX_CACHED_THREADS = 16;

    private final int threads;
    private final Variant variant;
    private final List<Property<State>> properties;
    private final List<?>[] byMask;

    /** {@code threads} threads (1 to 24) following {@code variant}. */
    public ToyMutex(int threads, Variant variant) {
        if (threads < 1 || threads > 24) {
            throw new IllegalArgumentException("threads must be 1..24, got " + threads);
        }
        this.threads = threads;
        this.variant = variant;
        this.byMask = new List<?>[threads <= MAX_CACHED_THREADS ? 1 << threads : 0];
        this.properties = List.of(
                Property.always("mutex", "at most one thread is in the critical section", this::mutualExclusion),
                Property.atQuiescence("all-done", "when nothing can move, every thread has finished", this::allDone),
                Property.sometimes("entered", "some thread enters the critical section", this::someoneInside));
    }

    @Override
    public String name() {
        String suffix = variant == Variant.CORRECT ? "" : "-" + variant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "toy-mutex-" + threads + suffix;
    }

    @Override
    public List<State> initialStates() {
        return List.of(new State(0, -1));
    }

    @Override
    public List<Integer> actions(State s) {
        int mask = 0;
        for (int t = 0; t < threads; t++) {
            Pc pc = s.pc(t);
            boolean enabled = switch (pc) {
                case IDLE -> s.owner() < 0;
                case CHECKED, IN_CS -> true;
                case DONE -> false;
            };
            if (enabled) {
                mask |= 1 << t;
            }
        }
        return actionsFor(mask);
    }

    /**
     * The enabled threads of {@code mask} as an immutable list, cached per mask for up to 16 threads
     * (racing writers store equal immutable lists, so the cache needs no lock).
     */
    @SuppressWarnings("unchecked")
    private List<Integer> actionsFor(int mask) {
        if (mask < byMask.length && byMask[mask] != null) {
            return (List<Integer>) byMask[mask];
        }
        List<Integer> list = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            if ((mask & (1 << t)) != 0) {
                list.add(t);
            }
        }
        List<Integer> frozen = List.copyOf(list);
        if (mask < byMask.length) {
            byMask[mask] = frozen;
        }
        return frozen;
    }

    @Override
    public State next(State s, Integer action) {
        int t = action;
        return switch (s.pc(t)) {
            case IDLE -> variant == Variant.TEST_THEN_SET ? s.with(t, Pc.CHECKED, s.owner()) : s.with(t, Pc.IN_CS, t);
            case CHECKED -> s.with(t, Pc.IN_CS, t);
            case IN_CS -> s.with(t, Pc.DONE, variant == Variant.LEAKED_LOCK && t == 0 ? s.owner() : -1);
            case DONE -> throw new IllegalArgumentException("thread " + t + " has finished");
        };
    }

    @Override
    public List<Property<State>> properties() {
        return properties;
    }

    @Override
    public String actor(State s, Integer action) {
        return "thread#" + action;
    }

    @Override
    public String describe(State s, Integer action) {
        return switch (s.pc(action)) {
            case IDLE -> variant == Variant.TEST_THEN_SET ? "see the lock free" : "take the free lock";
            case CHECKED -> "take the lock" + (s.owner() >= 0 ? " (held by thread#" + s.owner() + ")" : "");
            case IN_CS -> variant == Variant.LEAKED_LOCK && action == 0 ? "leave without unlocking" : "unlock and leave";
            case DONE -> "nothing";
        };
    }

    @Override
    public Map<String, String> fields(State s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("lock", s.owner() < 0 ? "free" : "thread#" + s.owner());
        for (int t = 0; t < threads; t++) {
            out.put("pc[" + t + "]", s.pc(t).name());
        }
        return out;
    }

    /**
     * Packs the counters (at most 48 bits) and {@code owner + 1} (5 bits) into one word and applies the
     * SplitMix64 finaliser, a bijection: distinct states never share a fingerprint.
     */
    @Override
    public long fingerprint(State s) {
        return Fingerprints.finish(s.pcs() | (long) (s.owner() + 1) << 48);
    }

    private boolean mutualExclusion(State s) {
        int inside = 0;
        for (int t = 0; t < threads; t++) {
            inside += s.pc(t) == Pc.IN_CS ? 1 : 0;
        }
        return inside <= 1;
    }

    private boolean allDone(State s) {
        for (int t = 0; t < threads; t++) {
            if (s.pc(t) != Pc.DONE) {
                return false;
            }
        }
        return true;
    }

    private boolean someoneInside(State s) {
        for (int t = 0; t < threads; t++) {
            if (s.pc(t) == Pc.IN_CS) {
                return true;
            }
        }
        return false;
    }
}
