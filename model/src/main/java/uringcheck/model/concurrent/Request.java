package uringcheck.model.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import uringcheck.model.Obligation;
import uringcheck.model.rules.ExecContext;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;
import uringcheck.model.rules.TransitionTable;

/**
 * One request slot ({@code struct io_kiocb} with its {@code io_uring_cmd}), recycled through the ring's
 * free list. Its phase, its generation and whether a task work is pending live in one atomic word, so
 * a move checks the handle's generation, the {@link TransitionTable} row and the task-work rule (O4) and
 * commits in a single compare-and-set. The generation is bumped by {@link Transition#FLUSH}, when the
 * request goes back to the free list.
 *
 * <p>{@link #pdu} is a plain field on purpose: the kernel's PDU is plain memory, and races on it are
 * what jcstress probes. {@link #userData}, {@link #result} and {@link #asyncData} are written before
 * the move or queue insertion that publishes them and read after it.
 */
final class Request {
    private static final long PHASE_MASK = 0x7;
    private static final long TASK_WORK_PENDING = 0x8;
    private static final int GENERATION_SHIFT = 8;

    final int index;
    final AtomicInteger flags = new AtomicInteger();
    final History history = new History();
    private final AtomicLong state = new AtomicLong(Phase.RELEASED.ordinal());

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
        return Phase.values()[(int) (word & PHASE_MASK)];
    }

    static int generationOf(long word) {
        return (int) (word >>> GENERATION_SHIFT);
    }

    static boolean taskWorkPending(long word) {
        return (word & TASK_WORK_PENDING) != 0;
    }

    /**
     * Moves this request by {@code transition}, or throws a {@link LifecycleViolation} naming the
     * obligation the move breaks. {@code expectedGeneration} is the handle's generation; a negative
     * value means the caller (the core, or an unchecked handle) acts on whatever generation is current.
     * {@code ownTaskWork} says the caller is this request's own task-work callback, the one party that
     * may complete or re-arm it while its task work is pending (O4).
     *
     * @return the generation the move was made in
     */
    int move(Transition transition, int expectedGeneration, ExecContext context, int issueFlags, boolean ownTaskWork) {
        while (true) {
            long current = state.get();
            LifecycleViolation refused = refusal(current, transition, expectedGeneration, context, issueFlags,
                    ownTaskWork);
            if (refused != null) {
                throw refused;
            }
            int generation = generationOf(current);
            Phase from = phaseOf(current);
            Phase to = TransitionTable.next(from, transition).orElseThrow();
            long pending = switch (transition) {
                case TASK_WORK_ADD -> TASK_WORK_PENDING;
                case DONE, FLUSH -> 0;
                default -> current & TASK_WORK_PENDING;
            };
            int nextGeneration = transition == Transition.FLUSH ? generation + 1 : generation;
            long next = ((long) nextGeneration << GENERATION_SHIFT) | pending | to.ordinal();
            if (state.compareAndSet(current, next)) {
                history.add(generation, transition, from, to, context, issueFlags);
                return generation;
            }
        }
    }

    /** Throws what {@link #move} would throw now, without moving (checks made before side effects). */
    void requireLegal(Transition transition, int expectedGeneration, ExecContext context, int issueFlags,
            boolean ownTaskWork) {
        LifecycleViolation refused = refusal(state.get(), transition, expectedGeneration, context, issueFlags,
                ownTaskWork);
        if (refused != null) {
            throw refused;
        }
    }

    /** Ends a task-work run that neither completed nor re-armed the request: clears the pending mark. */
    void endTaskWork(int generation) {
        while (true) {
            long current = state.get();
            if (generationOf(current) != generation || !taskWorkPending(current)) {
                return;
            }
            if (state.compareAndSet(current, current & ~TASK_WORK_PENDING)) {
                return;
            }
        }
    }

    private LifecycleViolation refusal(long current, Transition transition, int expectedGeneration,
            ExecContext context, int issueFlags, boolean ownTaskWork) {
        int generation = generationOf(current);
        Phase from = phaseOf(current);
        if (expectedGeneration >= 0 && generation != expectedGeneration) {
            Supplier<String> head = describe(transition, expectedGeneration, context, issueFlags);
            return violation(staleObligations(transition, expectedGeneration, context), () -> head.get()
                    + ": stale handle, the request was recycled (now gen " + generation + ", " + from.label() + ")");
        }
        if (!TransitionTable.allows(from, transition)) {
            Supplier<String> head = describe(transition, generation, context, issueFlags);
            return violation(illegalObligations(from, transition, generation, context),
                    () -> head.get() + ": illegal in phase " + from.label());
        }
        boolean blockedByTaskWork = transition == Transition.DONE || transition == Transition.TASK_WORK_ADD;
        if (blockedByTaskWork && taskWorkPending(current) && !ownTaskWork) {
            Supplier<String> head = describe(transition, generation, context, issueFlags);
            return violation(List.of(Obligation.O4), () -> head.get() + ": a task work is pending for this command");
        }
        return null;
    }

    LifecycleViolation violation(List<Obligation> obligations, Supplier<String> what) {
        return new LifecycleViolation(obligations, what, index, history.entries());
    }

    LifecycleViolation violation(List<Obligation> obligations, String what) {
        return violation(obligations, () -> what);
    }

    /** The head of a violation message; the thread is read now, the text is built when rendered. */
    Supplier<String> describe(Transition transition, int generation, ExecContext context, int issueFlags) {
        String thread = Thread.currentThread().getName();
        return () -> transition + " on request #" + index + " gen " + generation + " by " + thread + " (" + context
                + ", " + IssueFlags.render(issueFlags) + ")";
    }

    private List<Obligation> staleObligations(Transition transition, int generation, ExecContext context) {
        List<Obligation> out = new ArrayList<>();
        out.add(Obligation.O3);
        if (transition == Transition.DONE) {
            out.add(Obligation.O1);
            addCancelRace(out, generation, context);
        }
        return out;
    }

    private List<Obligation> illegalObligations(Phase from, Transition transition, int generation, ExecContext context) {
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
    private void addCancelRace(List<Obligation> out, int generation, ExecContext context) {
        boolean cancelCompleted = context == ExecContext.C5;
        for (HistoryEntry entry : history.entries()) {
            if (entry.generation() == generation && entry.transition() == Transition.DONE
                    && entry.context() == ExecContext.C5) {
                cancelCompleted = true;
            }
        }
        if (cancelCompleted) {
            out.add(Obligation.O9);
        }
    }
}
