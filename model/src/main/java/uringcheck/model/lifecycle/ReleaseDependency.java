package uringcheck.model.lifecycle;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import uringcheck.model.lifecycle.interp.LifecycleSteps;
import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.ProgramNames;

/**
 * O10 decided on behaviour, not on the release handler's text: does a pending command's completion wait
 * for something only {@code release} does? {@code f_op->release} runs only at the last file reference, and
 * every request holds one on its {@code req->file} ({@code io_file_get_normal} takes it, {@code
 * io_free_batch_list} → {@code io_put_file} drops it), so a completion that needs {@code release} can never
 * happen: the file outlives the command, and the command waits for the file (dd24f87f65c9, "ublk: fix dead
 * loop when canceling io command": the cancel callback refused to complete until release aborted the
 * request, and release could not run until every command was done).
 *
 * <p>{@link #waitsForRelease} asks a counterfactual: in a state where userspace has closed the file but
 * live requests keep {@code release} from running, would running {@code release} now (everything else as
 * the kernel does it) let a pending command get its CQE? Together with the graph check of an
 * always-recoverable goal (no such state, or one from which the command completes without release), this
 * says the command completes only after release.
 *
 * <p>The counterfactual graph (the states reachable once {@code release} was forced) is shared by all
 * questions: what a state's future completes is a property of that state alone, so it is remembered. A
 * question walks the graph depth-first from the state {@code release} leads to, in Tarjan's strongly
 * connected components, and stops at the first state where a wanted command (one pending in the asked
 * state) has its CQE. It remembers two things, both keyed by state:
 * <ul>
 *   <li><em>exact</em>: for every component it finishes, the commands that get a CQE in some state reachable
 *       from it (the CQEs posted in the component's own states, and what every component it leads to
 *       completes). Tarjan finishes a component only once everything it reaches is finished or remembered
 *       exactly, so the set is exact whatever the question stopped at afterwards;</li>
 *   <li><em>lower bound</em>: when it stops at a CQE, every state on its depth-first path (a path of the
 *       graph from the root to that CQE) reaches that CQE, so the commands with a CQE there, with what each
 *       path state's finished successors complete, are some of what that path state completes.</li>
 * </ul>
 * A question answers "yes" from an exact entry that meets the wanted commands, from a lower bound that
 * does, or from a CQE it reaches; "no" only from an exact entry or once it has finished every component it
 * entered. A lower bound that misses the wanted commands says nothing, and its state is walked as if
 * unknown. Every answer is therefore exact and the same whatever was asked before, so the property is
 * deterministic whatever order a search asks in ({@code ReleaseDependencyReferenceTest} compares it with a
 * fresh breadth-first search per state on every state of the catalogue widened to every event). Stopping
 * at the first CQE leaves most of the graph unexplored where pending commands complete with release (most
 * asked states: the goal of O10 fails in them), instead of expanding every state release can lead to.
 * States are remembered by their {@link StateHash} fingerprint, the identity the explorer's own visited
 * store uses: two states with one fingerprint would share an answer, as they would share a place in the
 * store.
 *
 * <p>{@link #bound} limits the work of one question: the states it reaches that no earlier question
 * finished (remembered exactly). A question that reaches it without a CQE of a wanted command has no
 * answer: it answers "no dependency" for that state (so O10 is never claimed without a witness) and {@link #incomplete} says so
 * from then on, which the search treats like a limit reached (the verdict cannot be HOLDS; the command line
 * exits 3). What is remembered is not bounded: it is at most the states reachable after release from the
 * states the search visits. The methods are safe to call from several threads: questions take
 * turns on one lock (a search asks from one thread).
 */
final class ReleaseDependency {

    /** The most states one question explores beyond what earlier questions finished, by default. */
    static final int BOUND = 20_000;

    /** The action that runs {@code f_op->release} now. */
    private static final LifecycleAction RELEASE = new LifecycleAction(LifecycleAction.Kind.RELEASE, 0);

    private final LifecycleSteps steps;
    private final ProgramNames names;
    private final boolean handOffNeedsQueuedHandle;
    private final int bound;
    private final AtomicReference<String> incomplete = new AtomicReference<>();
    /**
     * Fingerprint of a counterfactual state → the commands that get a CQE in some state reachable from it,
     * itself included: exactly for a state in a finished component, else a lower bound. Guarded by {@code this}.
     */
    private final FingerprintMemo completes = new FingerprintMemo();
    /** The one question asked at a time, and the commands it asks about. Guarded by {@code this}. */
    private final Question question = new Question();
    private final BitSet wanted = new BitSet();

    /**
     * @param bound the most states one question explores beyond what earlier questions finished; reaching
     *              it makes {@link #incomplete} non-empty
     */
    ReleaseDependency(LifecycleSteps steps, ProgramNames names, boolean handOffNeedsQueuedHandle, int bound) {
        this.steps = steps;
        this.names = names;
        this.handOffNeedsQueuedHandle = handOffNeedsQueuedHandle;
        this.bound = bound;
    }

    /**
     * Why an O10 answer may be wrong: some question reached {@link #bound} new states without finding the
     * pending command's CQE and without exploring everything; empty while every answer was exact.
     */
    Optional<String> incomplete() {
        return Optional.ofNullable(incomplete.get());
    }

    /**
     * Whether, in {@code s}, userspace has closed the file, a live request keeps {@code release} from
     * running, and running {@code release} now would let a command that is pending in {@code s} (submitted,
     * no CQE) get its CQE.
     */
    boolean waitsForRelease(LifecycleState s) {
        if (!s.fileClosed() || s.released() || !s.anyAlive() || !anyPending(s)) {
            return false;
        }
        LifecycleState root = next(s, RELEASE);
        long fingerprint = StateHash.of(root);
        synchronized (this) {
            pending(s, wanted);
            int entry = completes.lookup(fingerprint);
            if (answers(entry, wanted)) {
                return completes.set(entry).intersects(wanted);
            }
            return question.reaches(root, fingerprint, wanted);
        }
    }

    /** Whether a command is submitted in {@code s} without a CQE. */
    private static boolean anyPending(LifecycleState s) {
        List<CommandRecord> commands = s.commands();
        for (int k = 0; k < commands.size(); k++) {
            if (commands.get(k).submitted() && commands.get(k).cqes() == 0) {
                return true;
            }
        }
        return false;
    }

    /** Sets {@code out} to the commands submitted in {@code s} without a CQE. */
    private static void pending(LifecycleState s, BitSet out) {
        out.clear();
        List<CommandRecord> commands = s.commands();
        for (int k = 0; k < commands.size(); k++) {
            if (commands.get(k).submitted() && commands.get(k).cqes() == 0) {
                out.set(k);
            }
        }
    }

    /** Sets {@code out} to the commands with a CQE in {@code s}. */
    private static void completed(LifecycleState s, BitSet out) {
        out.clear();
        List<CommandRecord> commands = s.commands();
        for (int k = 0; k < commands.size(); k++) {
            if (commands.get(k).cqes() > 0) {
                out.set(k);
            }
        }
    }

    private LifecycleState next(LifecycleState s, LifecycleAction a) {
        World w = World.quiet(s, names, handOffNeedsQueuedHandle);
        steps.perform(w, a);
        return w.freeze();
    }

    /** Whether remembered {@code entry} answers a question for {@code wanted}: it is exact, or a lower bound that meets it. */
    private boolean answers(int entry, BitSet wanted) {
        return entry != FingerprintMemo.NONE
                && (FingerprintMemo.exact(entry) || completes.set(entry).intersects(wanted));
    }

    /**
     * One counterfactual state of a question, on Tarjan's stack until its component is finished. Visits are
     * reused from question to question ({@link Question#visit}); a question ends by dropping its states.
     */
    private static final class Visit {
        LifecycleState state;
        long fingerprint;
        int index;
        List<LifecycleAction> actions;
        /** The commands with a CQE in this state or in a finished component it leads to. */
        final BitSet completes = new BitSet();
        /** Once its component is finished: the entry remembered for it (exact); {@link FingerprintMemo#NONE} before. */
        int finished;
        int lowLink;
        int nextAction;

        void start(LifecycleState state, long fingerprint, int index, List<LifecycleAction> actions) {
            this.state = state;
            this.fingerprint = fingerprint;
            this.index = index;
            this.actions = actions;
            this.finished = FingerprintMemo.NONE;
            this.lowLink = index;
            this.nextAction = 0;
        }
    }

    /**
     * The question being asked: an iterative Tarjan walk that stops at the first CQE of a wanted command. One
     * instance serves every question in turn (guarded by the enclosing instance's lock), so that asking
     * allocates no map, stack or visit once the largest question so far has been asked.
     */
    private final class Question {

        private BitSet wanted;
        /** The states this question entered, in entering order ({@link Visit#index}); reused. */
        private Visit[] visits = new Visit[64];
        private int entered;
        /** The states this question entered (no earlier question finished them): fingerprint → index + 1. */
        private final FingerprintTable visited = new FingerprintTable();
        /** The depth-first path: the top is the state whose actions are being followed. */
        private final ArrayDeque<Visit> path = new ArrayDeque<>();
        /** Tarjan's stack: the visited states whose component is not finished yet. */
        private final ArrayDeque<Visit> open = new ArrayDeque<>();
        /** Working sets of {@link #reached}, {@link #remember} and {@link #finish}. */
        private final BitSet gathered = new BitSet();
        private final BitSet union = new BitSet();

        /**
         * Whether {@code root}, which nothing remembered answers, reaches a CQE of a command in {@code wanted},
         * which the caller keeps unchanged until this returns.
         */
        boolean reaches(LifecycleState root, long fingerprint, BitSet wanted) {
            this.wanted = wanted;
            try {
                return walk(root, fingerprint);
            } finally {
                for (int i = 0; i < entered; i++) {
                    visits[i].state = null;
                    visits[i].actions = null;
                }
                entered = 0;
                visited.clear();
                path.clear();
                open.clear();
                this.wanted = null;
            }
        }

        private boolean walk(LifecycleState root, long fingerprint) {
            if (enter(root, fingerprint)) {
                return true;
            }
            while (!path.isEmpty()) {
                Visit at = path.peek();
                if (at.nextAction < at.actions.size()) {
                    LifecycleState succ = next(at.state, at.actions.get(at.nextAction++));
                    long f = StateHash.of(succ);
                    int seen = visited.get(f);
                    if (seen != FingerprintTable.ABSENT) {
                        Visit v = visits[seen - 1];
                        if (v.finished != FingerprintMemo.NONE) {
                            // Finished in this question, so its component reaches no wanted CQE (it would have stopped).
                            at.completes.or(completes.set(v.finished));
                        } else {
                            at.lowLink = Math.min(at.lowLink, v.index);
                        }
                        continue;
                    }
                    int entry = completes.lookup(f);
                    if (answers(entry, wanted)) {
                        BitSet done = completes.set(entry);
                        if (done.intersects(wanted)) {
                            reached(done);
                            return true;
                        }
                        at.completes.or(done);
                    } else if (entered < bound) {
                        if (enter(succ, f)) {
                            return true;
                        }
                    } else {
                        incomplete.compareAndSet(null, "O10 undecided: what running release would let complete"
                                + " needed more than " + bound + " new states for one state");
                        return false;
                    }
                } else {
                    path.pop();
                    if (at.lowLink == at.index) {
                        finish(at);
                    } else {
                        Visit parent = path.peek();
                        parent.lowLink = Math.min(parent.lowLink, at.lowLink);
                    }
                }
            }
            return false;
        }

        /** The visit to fill for the next state entered, reused from earlier questions where there is one. */
        private Visit visit() {
            if (entered == visits.length) {
                visits = Arrays.copyOf(visits, 2 * entered);
            }
            if (visits[entered] == null) {
                visits[entered] = new Visit();
            }
            return visits[entered];
        }

        /**
         * Visits {@code s}, or, when a wanted command has its CQE in it, remembers the path to it and returns
         * true.
         */
        private boolean enter(LifecycleState s, long fingerprint) {
            Visit v = visit();
            completed(s, v.completes);
            if (v.completes.intersects(wanted)) {
                remember(fingerprint, v.completes);
                reached(v.completes);
                return true;
            }
            v.start(s, fingerprint, entered, steps.enabled(s));
            entered++;
            visited.put(fingerprint, entered);
            path.push(v);
            open.push(v);
            return false;
        }

        /**
         * Remembers lower bounds along the path, which leads to a state completing {@code found}: each path
         * state completes that, with what the path states above it and itself gathered from finished components.
         */
        private void reached(BitSet found) {
            gathered.clear();
            gathered.or(found);
            for (Visit v : path) {
                gathered.or(v.completes);
                remember(v.fingerprint, gathered);
            }
        }

        /** Remembers {@code known} as a lower bound for {@code fingerprint}, kept with the one it had. */
        private void remember(long fingerprint, BitSet known) {
            int entry = completes.lookup(fingerprint);
            if (entry == FingerprintMemo.NONE) {
                completes.putLowerBound(fingerprint, known);
            } else {
                union.clear();
                union.or(known);
                union.or(completes.set(entry));
                completes.putLowerBound(fingerprint, union);
            }
        }

        /** Remembers the component whose first visited state is {@code root}, and hands it to the caller's state. */
        private void finish(Visit root) {
            union.clear();
            for (Visit m : open) {
                union.or(m.completes);
                if (m == root) {
                    break;
                }
            }
            Visit m;
            do {
                m = open.pop();
                m.finished = completes.put(m.fingerprint, union);
            } while (m != root);
            Visit parent = path.peek();
            if (parent != null) {
                parent.completes.or(union);
            }
        }
    }
}
