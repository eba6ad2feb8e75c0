package uringcheck.model.lifecycle;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
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
 * <p>The counterfactual is explored breadth-first up to {@link #bound} states. An exploration that reaches
 * the bound without an answer is not an answer: it answers "no dependency" for that state (so O10 is never
 * claimed without a witness) and {@link #incomplete} says so from then on, which the search treats like a
 * limit reached (the verdict cannot be HOLDS; the command line exits 3).
 */
final class ReleaseDependency {

    /** The most states one counterfactual explores by default. */
    static final int BOUND = 20_000;

    private final LifecycleSteps steps;
    private final ProgramNames names;
    private final boolean handOffNeedsQueuedHandle;
    private final int bound;
    private final Map<LifecycleState, Boolean> known = new ConcurrentHashMap<>();
    private final AtomicReference<String> incomplete = new AtomicReference<>();

    /**
     * @param bound the most states one counterfactual explores; reaching it makes {@link #incomplete}
     *              non-empty
     */
    ReleaseDependency(LifecycleSteps steps, ProgramNames names, boolean handOffNeedsQueuedHandle, int bound) {
        this.steps = steps;
        this.names = names;
        this.handOffNeedsQueuedHandle = handOffNeedsQueuedHandle;
        this.bound = bound;
    }

    /**
     * Why an O10 answer may be wrong: some counterfactual reached {@link #bound} states without finding the
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
        if (!s.fileClosed() || s.released() || !s.anyAlive() || pending(s).isEmpty()) {
            return false;
        }
        return known.computeIfAbsent(s, this::releaseWouldComplete);
    }

    private static List<Integer> pending(LifecycleState s) {
        List<CommandRecord> commands = s.commands();
        return IntStream.range(0, commands.size())
                .filter(k -> commands.get(k).submitted() && commands.get(k).cqes() == 0).boxed().toList();
    }

    private boolean releaseWouldComplete(LifecycleState s) {
        List<Integer> waiting = pending(s);
        World w = new World(s, names, handOffNeedsQueuedHandle);
        steps.perform(w, new LifecycleAction(LifecycleAction.Kind.RELEASE, 0));
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>();
        Set<LifecycleState> seen = new HashSet<>();
        queue.add(w.freeze());
        while (!queue.isEmpty()) {
            LifecycleState at = queue.poll();
            if (seen.contains(at)) {
                continue;
            }
            if (seen.size() == bound) {
                incomplete.compareAndSet(null, "O10 undecided: what running release would let complete was explored"
                        + " to " + bound + " states from one state without an answer");
                return false;
            }
            seen.add(at);
            for (int k : waiting) {
                if (at.commands().get(k).cqes() > 0) {
                    return true;
                }
            }
            for (LifecycleAction a : steps.enabled(at)) {
                World next = new World(at, names, handOffNeedsQueuedHandle);
                steps.perform(next, a);
                queue.add(next.freeze());
            }
        }
        return false;
    }
}
