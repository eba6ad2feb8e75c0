package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import uringcheck.model.Model;
import uringcheck.model.Stepper;

/**
 * Breadth-first search on several threads whose result is byte-identical to {@link GraphSearch}'s on one
 * (same state ids, predecessor links, counts, counterexamples, and the same cut at every limit).
 *
 * <p>The search takes the next {@value #BATCH} states from the FIFO frontier as one batch, in two phases:
 * <ol>
 *   <li><em>expand</em>, on all workers: for each state of the batch, its enabled actions, each
 *       successor's fingerprint, whether that fingerprint is already stored, and the successor itself
 *       only when it is not (each worker steps through a {@link Model#stepper} of its own). This is the
 *       model's work (copying states, fingerprinting, listing actions), most of a search's time. The
 *       workers only read the {@link FingerprintStore}, which no one writes during this phase;</li>
 *   <li><em>commit</em>, on the calling thread, in frontier order and then action order, exactly the
 *       order of a one-thread search: {@link Search#expand} (limits, at-quiescence properties),
 *       {@link Search#addSuccessor} (state limit, insertion, always-properties and witnesses on each
 *       new state), and the new states pushed onto the frontier.</li>
 * </ol>
 * Since the successors of a state depend on that state alone, and a fingerprint stored at the start
 * of a batch is stored at every later point, the commit sees exactly what a one-thread search sees:
 * ids are handed out in the same order, and a limit or a stop at a violation cuts at the same
 * transition. A batch may span two depths; that changes nothing, since the one-thread frontier is the
 * same FIFO queue. A model that throws does so at the same point as on one thread: the expansion
 * records the failure and the commit rethrows it where a one-thread search would have met it.
 *
 * <p>Models must allow concurrent calls of {@code actions}, {@code next}, {@code fingerprint} and
 * {@code stepper} on distinct or shared immutable states, and steps of distinct steppers (every model of this
 * project keeps no mutable state outside a single call or a stepper).
 */
final class ParallelBfs {

    /** States expanded together between two commits: enough to keep the workers busy, little memory. */
    static final int BATCH = 4096;
    /** States a worker takes from the batch at a time. */
    private static final int GRAIN = 16;

    private final int workers;
    private final int batch;

    /** A search on {@code workers} threads (the calling one included) in batches of {@link #BATCH} states. */
    ParallelBfs(int workers) {
        this(workers, BATCH);
    }

    /** A search on {@code workers} threads in batches of {@code batch} states (tests vary the batch). */
    ParallelBfs(int workers, int batch) {
        this.workers = workers;
        this.batch = batch;
    }

    /**
     * One state's expansion: its actions, and for each, the successor's fingerprint, whether it was stored, and
     * the successor unless it was. One per position of the batch, reused from batch to batch with its arrays.
     */
    private static final class Expansion<S, A> {
        List<A> actions;
        /** The successors not stored when the state was expanded; null where one was. */
        Object[] next = new Object[0];
        long[] fingerprints = new long[0];
        boolean[] stored = new boolean[0];
        /** Successors computed before {@link #failure}, or all of them. */
        int computed;
        /** What the model threw, or null. */
        Throwable failure;

        /** Starts the expansion of a state whose enabled actions are {@code enabled}, {@code count} of them followed. */
        void start(List<A> enabled, int count) {
            actions = enabled;
            if (next.length < count) {
                next = new Object[count];
                fingerprints = new long[count];
                stored = new boolean[count];
            }
        }

        /** Forgets the expanded state's actions and successors (the batch's next state reuses this). */
        void clear() {
            Arrays.fill(next, 0, computed, null);
            actions = null;
            computed = 0;
            failure = null;
        }
    }

    <S, A> void run(Search<S, A> search) {
        Frontier frontier = Frontier.seeded(search, false);
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "uringcheck-bfs-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            if (search(search, frontier, pool)) {
                search.exhausted();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs batches until the frontier is empty (returns true) or the search stopped (false). */
    private <S, A> boolean search(Search<S, A> search, Frontier frontier, ExecutorService pool) {
        Object[] states = new Object[batch];
        int[] ids = new int[batch];
        int[] depths = new int[batch];
        @SuppressWarnings("unchecked")
        Expansion<S, A>[] expansions = new Expansion[batch];
        for (int k = 0; k < batch; k++) {
            expansions[k] = new Expansion<>();
        }
        while (!frontier.isEmpty() && !search.stopped()) {
            int n = 0;
            while (n < batch && !frontier.isEmpty()) {
                frontier.pop();
                states[n] = frontier.state();
                ids[n] = frontier.id();
                depths[n] = frontier.depth();
                n++;
            }
            expandAll(search, states, depths, n, expansions, pool);
            for (int k = 0; k < n; k++) {
                if (!commit(search, frontier, states[k], ids[k], depths[k], expansions[k])) {
                    return false;
                }
                states[k] = null;
                expansions[k].clear();
            }
        }
        return !search.stopped();
    }

    /** Commits one state's expansion; false when the search stopped. */
    @SuppressWarnings("unchecked")
    private static <S, A> boolean commit(Search<S, A> search, Frontier frontier, Object s, int id, int depth,
                                         Expansion<S, A> e) {
        S state = (S) s;
        if (e.actions == null) {
            throw rethrow(e.failure);
        }
        List<A> actions = search.expand(state, id, depth, e.actions);
        if (actions == null) {
            return !search.stopped();
        }
        for (int a = 0; a < actions.size(); a++) {
            if (a == e.computed) {
                throw rethrow(e.failure);
            }
            S next = (S) e.next[a];
            int nextId = search.addSuccessor(next, e.fingerprints[a], e.stored[a], id, a, depth + 1);
            if (nextId >= 0) {
                frontier.push(next, nextId, depth + 1);
            }
            if (search.stopped()) {
                return false;
            }
        }
        return !search.stopped();
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(failure);
    }

    /** Expands {@code states[0..n)} on every worker, the calling thread included. */
    private <S, A> void expandAll(Search<S, A> search, Object[] states, int[] depths, int n,
                                  Expansion<S, A>[] out, ExecutorService pool) {
        AtomicInteger cursor = new AtomicInteger();
        Runnable task = () -> {
            Stepper<S, A> stepper = search.model().stepper(false);
            int from;
            while ((from = cursor.getAndAdd(GRAIN)) < n) {
                for (int k = from; k < Math.min(n, from + GRAIN); k++) {
                    expand(search, stepper, states[k], depths[k], out[k]);
                }
            }
        };
        List<Future<?>> running = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) {
            running.add(pool.submit(task));
        }
        task.run();
        for (Future<?> f : running) {
            await(f);
        }
    }

    private static void await(Future<?> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Writes into {@code e} (cleared) the expansion of one state: its actions and, unless its depth is the depth
     * limit (where the commit does not follow them), every successor. A failure of the model is recorded, not
     * thrown.
     */
    @SuppressWarnings("unchecked")
    private static <S, A> void expand(Search<S, A> search, Stepper<S, A> stepper, Object s, int depth,
                                      Expansion<S, A> e) {
        S state = (S) s;
        Model<S, A> model = search.model();
        List<A> actions;
        try {
            actions = model.actions(state);
        } catch (RuntimeException | Error failure) {
            e.failure = failure;
            return;
        }
        int count = depth >= search.options().limits().maxDepth() ? 0 : actions.size();
        e.start(actions, count);
        FingerprintStore store = search.store();
        try {
            for (int a = 0; a < count; a++) {
                long fp = stepper.step(state, e.actions.get(a));
                boolean stored = store.contains(fp);
                e.next[a] = stored ? null : stepper.successor();
                e.fingerprints[a] = fp;
                e.stored[a] = stored;
                e.computed = a + 1;
            }
        } catch (RuntimeException | Error failure) {
            e.failure = failure;
        }
    }
}
