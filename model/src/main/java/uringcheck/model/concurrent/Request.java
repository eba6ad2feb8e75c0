package uringcheck.model.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.Phase;
import uringcheck.model.lifecycle.Transition;
import uringcheck.model.lifecycle.TransitionTable;

/**
 * One request slot ({@code struct io_kiocb} with its {@code io_uring_cmd}), recycled through the ring's
 * free list. Its phase and generation live in one atomic word, so a move checks the handle's
 * generation and the {@link TransitionTable} row and commits in a single compare-and-set. The
 * generation is bumped by {@link Transition#FLUSH}, when the request goes back to the free list.
 *
 * <p>{@link #pdu} is a plain field on purpose: the kernel's PDU is plain memory, and races on it are
 * what jcstress probes. {@link #userData}, {@link #result} and {@link #asyncData} are written before
 * the move or queue insertion that publishes them and read after it.
 */
final class Request {
    private static final int PHASE_BITS = 8;

    final int index;
    final AtomicInteger flags = new AtomicInteger();
    final AtomicBoolean taskWorkPending = new AtomicBoolean();
    final History history = new History();
    private final AtomicLong state = new AtomicLong(word(0, Phase.RELEASED));

    long userData;
    int result;
    long pdu;
    Object asyncData;

    Request(int index) {
        this.index = index;
    }

    long state() {
        return state.get();
    }

    static Phase phaseOf(long word) {
        return Phase.values()[(int) (word & ((1 << PHASE_BITS) - 1))];
    }

    static int generationOf(long word) {
        return (int) (word >>> PHASE_BITS);
    }

    private static long word(int generation, Phase phase) {
        return ((long) generation << PHASE_BITS) | phase.ordinal();
    }

    /**
     * Moves this request by {@code transition}, or throws a {@link LifecycleViolation} naming the
     * obligation the move breaks. {@code expectedGeneration} is the handle's generation; a negative
     * value means the caller (the core, or an unchecked handle) acts on whatever generation is current.
     *
     * @return the generation the move was made in
     */
    int move(Transition transition, int expectedGeneration, Context context, int issueFlags) {
        while (true) {
            long current = state.get();
            int generation = generationOf(current);
            Phase from = phaseOf(current);
            if (expectedGeneration >= 0 && generation != expectedGeneration) {
                throw violation(staleObligations(transition, expectedGeneration, context),
                        describe(transition, expectedGeneration, context, issueFlags)
                                + ": stale handle, the request was recycled (now gen " + generation + ", "
                                + from.label() + ")");
            }
            Optional<Phase> to = TransitionTable.next(from, transition);
            if (to.isEmpty()) {
                throw violation(illegalObligations(from, transition, generation, context),
                        describe(transition, generation, context, issueFlags) + ": illegal in phase "
                                + from.label());
            }
            int nextGeneration = transition == Transition.FLUSH ? generation + 1 : generation;
            if (state.compareAndSet(current, word(nextGeneration, to.get()))) {
                history.add(generation, transition, from, to.get(), context, issueFlags);
                return generation;
            }
        }
    }

    /** Throws unless {@code transition} is legal now for a handle of {@code generation} (no move). */
    void requireLegal(Transition transition, int generation, Context context, int issueFlags) {
        long current = state.get();
        int now = generationOf(current);
        if (generation >= 0 && now != generation) {
            throw violation(staleObligations(transition, generation, context), describe(transition, generation, context,
                    issueFlags) + ": stale handle, the request was recycled (now gen " + now + ", "
                    + phaseOf(current).label() + ")");
        }
        Phase from = phaseOf(current);
        if (!TransitionTable.allows(from, transition)) {
            throw violation(illegalObligations(from, transition, now, context),
                    describe(transition, now, context, issueFlags) + ": illegal in phase " + from.label());
        }
    }

    LifecycleViolation violation(List<Obligation> obligations, String what) {
        return new LifecycleViolation(obligations, what, index, history.entries());
    }

    String describe(Transition transition, int generation, Context context, int issueFlags) {
        return transition + " on request #" + index + " gen " + generation + " by "
                + Thread.currentThread().getName() + " (" + context + ", " + IssueFlags.describe(issueFlags) + ")";
    }

    private List<Obligation> staleObligations(Transition transition, int generation, Context context) {
        List<Obligation> out = new ArrayList<>();
        out.add(Obligation.O3);
        if (transition == Transition.DONE) {
            out.add(Obligation.O1);
            addCancelRace(out, generation, context);
        }
        return out;
    }

    private List<Obligation> illegalObligations(Phase from, Transition transition, int generation, Context context) {
        List<Obligation> out = new ArrayList<>();
        out.add(TransitionTable.obligationBrokenBy(from, transition));
        if (transition == Transition.DONE && from == Phase.DONE) {
            addCancelRace(out, generation, context);
        }
        return out;
    }

    /**
     * A second completion of {@code generation} where a cancel call made one of the two: cancel and
     * normal completion did not exclude each other (O9).
     */
    private void addCancelRace(List<Obligation> out, int generation, Context context) {
        boolean cancelCompleted = context == Context.C5;
        for (HistoryEntry entry : history.entries()) {
            if (entry.generation() == generation && entry.transition() == Transition.DONE
                    && entry.context() == Context.C5) {
                cancelCompleted = true;
            }
        }
        if (cancelCompleted && !out.contains(Obligation.O9)) {
            out.add(Obligation.O9);
        }
    }
}
