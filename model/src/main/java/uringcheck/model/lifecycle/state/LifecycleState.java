package uringcheck.model.lifecycle.state;

import java.util.List;
import uringcheck.model.Obligation;

/**
 * One state of the uring_cmd lifecycle model: the ring, its requests, the driver and the contexts
 * running driver code. Immutable; lists only, so {@link uringcheck.model.Fingerprints} can hash it.
 *
 * @param slots       request slots, by slot index
 * @param freeList    {@code submit_state.free_list} as a stack: the last element is popped first
 *                    ({@code io_alloc_req} takes the most recently freed request)
 * @param complReqs   {@code submit_state.compl_reqs}: slots waiting for a flush
 * @param cancelable  {@code cancelable_uring_cmd}, in list order (new entries at the head)
 * @param commands    per command (submission index)
 * @param contexts    running or scheduled contexts, in creation order
 * @param fields      device field instances (see the model's field layout)
 * @param leakedLocks driver locks whose holder ended without unlocking (held forever)
 * @param task        the submitter task
 * @param ringClosed  userspace closed the ring: {@code io_ring_exit_work} runs
 * @param fileClosed  userspace closed its file descriptor of the driver's file
 * @param released    the driver's {@code release} has run (or begun)
 * @param faults      recorded obligation breaches, at most one per obligation, in obligation order
 * @param fires       how often each stimulus has fired, by stimulus then target command (one entry for a
 *                    device-level stimulus); empty when the program declares no stimuli
 */
public record LifecycleState(List<Slot> slots, List<Integer> freeList, List<Integer> complReqs,
                             List<Integer> cancelable, List<CommandRecord> commands, List<RunningContext> contexts,
                             List<Value> fields, int leakedLocks, TaskState task, boolean ringClosed,
                             boolean fileClosed, boolean released, List<Fault> faults,
                             List<Integer> fires) {

    /** A state of a program without stimuli. */
    public LifecycleState(List<Slot> slots, List<Integer> freeList, List<Integer> complReqs,
                          List<Integer> cancelable, List<CommandRecord> commands, List<RunningContext> contexts,
                          List<Value> fields, int leakedLocks, TaskState task, boolean ringClosed,
                          boolean fileClosed, boolean released, List<Fault> faults) {
        this(slots, freeList, complReqs, cancelable, commands, contexts, fields, leakedLocks, task, ringClosed,
                fileClosed, released, faults, List.of());
    }

    public LifecycleState {
        slots = List.copyOf(slots);
        freeList = List.copyOf(freeList);
        complReqs = List.copyOf(complReqs);
        cancelable = List.copyOf(cancelable);
        commands = List.copyOf(commands);
        contexts = List.copyOf(contexts);
        fields = List.copyOf(fields);
        faults = List.copyOf(faults);
        fires = List.copyOf(fires);
    }

    /** Whether a breach of {@code obligation} has been recorded. */
    public boolean hasFault(Obligation obligation) {
        for (Fault f : faults) {
            if (f.obligation() == obligation) {
                return true;
            }
        }
        return false;
    }

    /** Whether some context holds {@code uring_lock}. */
    public boolean uringLockHeld() {
        for (RunningContext c : contexts) {
            if (c.holdsUring()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the submitter task is busy running a context of its own (issue, task work, exit pass). */
    public boolean taskBusy() {
        for (RunningContext c : contexts) {
            if (c.kind().isTask() && c.started()) {
                return true;
            }
        }
        return false;
    }

    /** Whether some request is alive (not cached in the free list). */
    public boolean anyAlive() {
        for (Slot s : slots) {
            if (s.alive()) {
                return true;
            }
        }
        return false;
    }
}
