package uringcheck.model.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * questions: what a state's future completes is a property of that state alone, so it is computed once
 * and remembered. A question walks the graph depth-first from the state {@code release} leads to, in
 * Tarjan's strongly connected components, and remembers for every component it finishes the commands that
 * get a CQE in some state reachable from it (the CQEs posted in the component's own states, and what every
 * component it leads to completes). It finishes every component it enters, even after it has met a CQE
 * of a pending command, so that each counterfactual state is expanded once in a model's life. Every
 * answer is therefore exact and the same whatever was asked before, so the property is deterministic
 * whatever order a search asks in ({@code ReleaseDependencyReferenceTest} compares it with a fresh
 * breadth-first search per state on every state of the catalogue widened to every event). States are
 * remembered by their {@link StateHash} fingerprint, the identity the explorer's own visited store uses:
 * two states with one fingerprint would share an answer, as they would share a place in the store.
 *
 * <p>{@link #bound} limits the work of one question: the states it reaches that no earlier question
 * finished. A question that reaches it stops; if it has met a CQE of a pending command by then, that is
 * its answer; if not, it is not an answer: it answers "no
 * dependency" for that state (so O10 is never claimed without a witness) and {@link #incomplete} says so
 * from then on, which the search treats like a limit reached (the verdict cannot be HOLDS; the command line
 * exits 3). The remembered graph itself is not bounded: it is at most the states reachable after release
 * from the states the search visits. The methods are safe to call from several threads: questions take
 * turns on one lock (a search asks from one thread).
 */
final class ReleaseDependency {

    /** The most states one question explores beyond what earlier questions finished, by default. */
    static final int BOUND = 20_000;

    private final LifecycleSteps steps;
    private final ProgramNames names;
    private final boolean handOffNeedsQueuedHandle;
    private final int bound;
    private final AtomicReference<String> incomplete = new AtomicReference<>();
    /**
     * Fingerprint of a counterfactual state in a finished component → the commands that get a CQE in some
     * state reachable from it, itself included. Guarded by {@code this}.
     */
    private final FingerprintMemo completes = new FingerprintMemo();

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
        if (!s.fileClosed() || s.released() || !s.anyAlive()) {
            return false;
        }
        BitSet pending = pending(s);
        if (pending.isEmpty()) {
            return false;
        }
        return completesAny(next(s, new LifecycleAction(LifecycleAction.Kind.RELEASE, 0)), pending);
    }

    /** The commands submitted in {@code s} without a CQE. */
    private static BitSet pending(LifecycleState s) {
        List<CommandRecord> commands = s.commands();
        BitSet out = new BitSet(commands.size());
        for (int k = 0; k < commands.size(); k++) {
            if (commands.get(k).submitted() && commands.get(k).cqes() == 0) {
                out.set(k);
            }
        }
        return out;
    }

    /** The commands with a CQE in {@code s}. */
    private static BitSet completed(LifecycleState s) {
        List<CommandRecord> commands = s.commands();
        BitSet out = new BitSet(commands.size());
        for (int k = 0; k < commands.size(); k++) {
            if (commands.get(k).cqes() > 0) {
                out.set(k);
            }
        }
        return out;
    }

    private LifecycleState next(LifecycleState s, LifecycleAction a) {
        World w = World.quiet(s, names, handOffNeedsQueuedHandle);
        steps.perform(w, a);
        return w.freeze();
    }

    /** Whether some state reachable from {@code root} (itself included) has a CQE of a command in {@code wanted}. */
    private synchronized boolean completesAny(LifecycleState root, BitSet wanted) {
        long fingerprint = StateHash.of(root);
        BitSet known = completes.get(fingerprint);
        return known != null ? known.intersects(wanted) : new Question(wanted).reaches(root, fingerprint);
    }

    /** One counterfactual state of a question, on Tarjan's stack until its component is finished. */
    private static final class Visit {
        final LifecycleState state;
        final long fingerprint;
        final int index;
        final List<LifecycleAction> actions;
        final BitSet completes;
        int lowLink;
        int nextAction;

        Visit(LifecycleState state, long fingerprint, int index, List<LifecycleAction> actions) {
            this.state = state;
            this.fingerprint = fingerprint;
            this.index = index;
            this.actions = actions;
            this.completes = completed(state);
            this.lowLink = index;
        }
    }

    /** One question: an iterative Tarjan walk that stops at the first CQE of a wanted command. */
    private final class Question {

        private final BitSet wanted;
        /** The states this question reached that no earlier question finished, by fingerprint. */
        private final Map<Long, Visit> visited = new HashMap<>();
        /** The depth-first path: the top is the state whose actions are being followed. */
        private final ArrayDeque<Visit> path = new ArrayDeque<>();
        /** Tarjan's stack: the visited states whose component is not finished yet. */
        private final ArrayDeque<Visit> open = new ArrayDeque<>();
        /** Whether a state reached so far has a CQE of a wanted command. */
        private boolean found;

        Question(BitSet wanted) {
            this.wanted = wanted;
        }

        /** Whether {@code root}, which no earlier question finished, reaches a CQE of a wanted command. */
        boolean reaches(LifecycleState root, long fingerprint) {
            enter(root, fingerprint);
            while (!path.isEmpty()) {
                Visit at = path.peek();
                if (at.nextAction < at.actions.size()) {
                    LifecycleState succ = next(at.state, at.actions.get(at.nextAction++));
                    long f = StateHash.of(succ);
                    BitSet done = completes.get(f);
                    if (done != null) {
                        found |= done.intersects(wanted);
                        at.completes.or(done);
                    } else if (visited.containsKey(f)) {
                        at.lowLink = Math.min(at.lowLink, visited.get(f).index);
                    } else if (visited.size() < bound) {
                        enter(succ, f);
                    } else if (found) {
                        return true;
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
            return found;
        }

        /** Visits {@code s}. */
        private void enter(LifecycleState s, long fingerprint) {
            Visit v = new Visit(s, fingerprint, visited.size(), steps.enabled(s));
            visited.put(fingerprint, v);
            path.push(v);
            open.push(v);
            found |= v.completes.intersects(wanted);
        }

        /** Remembers the component whose first visited state is {@code root}, and hands it to the caller's state. */
        private void finish(Visit root) {
            List<Visit> members = new ArrayList<>();
            BitSet union = new BitSet();
            Visit m;
            do {
                m = open.pop();
                members.add(m);
                union.or(m.completes);
            } while (m != root);
            for (Visit member : members) {
                completes.put(member.fingerprint, union);
            }
            Visit parent = path.peek();
            if (parent != null) {
                parent.completes.or(union);
            }
        }
    }
}
