package uringcheck.model.lifecycle.state;

import java.util.List;
import uringcheck.model.Obligation;

/**
 * One state of the uring_cmd lifecycle model: the ring, its requests, the driver and the contexts
 * running driver code. Immutable; lists only, so {@link uringcheck.model.Fingerprints} can hash it. The
 * queries below walk lists by index: they run on every state the search meets, and an iterator is garbage.
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
 * @param objects     the driver's own objects, lists and driver breaches, laid out by the program's
 *                    {@code ObjectLayout}: per pool object whether it is allocated, per named list its
 *                    members in list order, then the first failed {@code assert:} and the first misuse of an
 *                    object; empty when the program declares no pools, no lists and no asserts
 */
public record LifecycleState(List<Slot> slots, List<Integer> freeList, List<Integer> complReqs,
                             List<Integer> cancelable, List<CommandRecord> commands, List<RunningContext> contexts,
                             List<Value> fields, int leakedLocks, TaskState task, boolean ringClosed,
                             boolean fileClosed, boolean released, List<Fault> faults,
                             List<Integer> fires,
                             List<Integer> objects) implements PackedState.Source {

    /** A state of a program without driver objects, lists or asserts. */
    public LifecycleState(List<Slot> slots, List<Integer> freeList, List<Integer> complReqs,
                          List<Integer> cancelable, List<CommandRecord> commands, List<RunningContext> contexts,
                          List<Value> fields, int leakedLocks, TaskState task, boolean ringClosed,
                          boolean fileClosed, boolean released, List<Fault> faults, List<Integer> fires) {
        this(slots, freeList, complReqs, cancelable, commands, contexts, fields, leakedLocks, task, ringClosed,
                fileClosed, released, faults, fires, List.of());
    }

    /** A state of a program without stimuli. */
    public LifecycleState(List<Slot> slots, List<Integer> freeList, List<Integer> complReqs,
                          List<Integer> cancelable, List<CommandRecord> commands, List<RunningContext> contexts,
                          List<Value> fields, int leakedLocks, TaskState task, boolean ringClosed,
                          boolean fileClosed, boolean released, List<Fault> faults) {
        this(slots, freeList, complReqs, cancelable, commands, contexts, fields, leakedLocks, task, ringClosed,
                fileClosed, released, faults, List.of(), List.of());
    }

    /** Every list is held as a {@link StateList} (a list that already is one is kept, not copied). */
    public LifecycleState {
        slots = StateList.copyOf(slots);
        freeList = StateList.copyOf(freeList);
        complReqs = StateList.copyOf(complReqs);
        cancelable = StateList.copyOf(cancelable);
        commands = StateList.copyOf(commands);
        contexts = StateList.copyOf(contexts);
        fields = StateList.copyOf(fields);
        faults = StateList.copyOf(faults);
        fires = StateList.copyOf(fires);
        objects = StateList.copyOf(objects);
    }

    /** Whether a breach of {@code obligation} has been recorded. */
    public boolean hasFault(Obligation obligation) {
        for (int i = 0; i < faults.size(); i++) {
            if (faults.get(i).obligation() == obligation) {
                return true;
            }
        }
        return false;
    }

    /** Whether some context holds {@code uring_lock}. */
    public boolean uringLockHeld() {
        for (int i = 0; i < contexts.size(); i++) {
            if (contexts.get(i).holdsUring()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the submitter task is busy running a context of its own (issue, task work, exit pass). */
    public boolean taskBusy() {
        for (int i = 0; i < contexts.size(); i++) {
            RunningContext c = contexts.get(i);
            if (c.kind().isTask() && c.started()) {
                return true;
            }
        }
        return false;
    }

    /** Whether some request is alive (not cached in the free list). */
    public boolean anyAlive() {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).alive()) {
                return true;
            }
        }
        return false;
    }
}
