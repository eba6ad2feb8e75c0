package uringcheck.model.lifecycle.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the world around the driver may do: how many commands are submitted and how, how many requests
 * the ring's cache holds at the start (when it is empty, {@code __io_alloc_req_refill} allocates a fresh
 * request, so fewer slots than commands never blocks submission; it makes a later command reuse a
 * recycled request with a stale PDU whenever one was freed before), and which events may happen at any point.
 *
 * @param submissions one submit mode per command, in submission order (its size is the command count)
 * @param slots       requests in the ring's cache at the start ({@code 1 <= slots <= submissions.size()})
 * @param ringExit    userspace may close the ring ({@code io_ring_exit_work})
 * @param taskExit    the submitter task may exit ({@code do_exit}: no uring_cmd cancel pass, io-wq work not
 *                    started is cancelled, {@code exit_files} closes its descriptors; task work then goes to
 *                    the fallback kworker)
 * @param fileClose   userspace may close its file descriptor (release runs after the last reference)
 * @param sqReuse     userspace may overwrite a submitted SQ ring slot with a new SQE
 * @param exec        the submitter task may call {@code execve} ({@code begin_new_exec} →
 *                    {@code io_uring_task_cancel}: cancel passes with {@code cancel_all}, then it waits for
 *                    every request of the task)
 * @param sharedRing  another process holds the ring too (a forked child, an fd passed with SCM_RIGHTS): the
 *                    task's exit or close does not release it; ring exit comes only when that process closes
 *                    its descriptor, which nothing guarantees (a stimulus, not teardown)
 * @param sqes        one SQE per command, in submission order: what userspace sends ({@link Sqe#NONE} when the
 *                    scenario says nothing)
 */
public record Environment(List<SubmitMode> submissions, int slots, boolean ringExit, boolean taskExit,
                          boolean fileClose, boolean sqReuse, boolean exec, boolean sharedRing, List<Sqe> sqes) {

    /**
     * @throws IllegalArgumentException if no command is submitted, {@code slots} is out of range, or both
     *                                  {@code ringExit} and {@code sharedRing} are given (the scenario parser
     *                                  reports each to users before building one)
     */
    public Environment {
        submissions = List.copyOf(submissions);
        sqes = List.copyOf(sqes);
        if (sqes.size() != submissions.size()) {
            throw new IllegalArgumentException("one SQE per command: " + submissions.size() + " commands, "
                    + sqes.size() + " SQEs");
        }
        if (submissions.isEmpty()) {
            throw new IllegalArgumentException("the environment submits no command: give at least one submission");
        }
        if (slots < 1 || slots > submissions.size()) {
            throw new IllegalArgumentException("slots must be between 1 and the number of commands ("
                    + submissions.size() + "), got " + slots);
        }
        if (ringExit && sharedRing) {
            throw new IllegalArgumentException("a shared ring is closed by the other process, not by the task:"
                    + " give ring_exit or shared_ring, not both");
        }
    }

    /** An environment whose commands all send the same SQE ({@link Sqe#NONE}). */
    public Environment(List<SubmitMode> submissions, int slots, boolean ringExit, boolean taskExit,
                       boolean fileClose, boolean sqReuse, boolean exec, boolean sharedRing) {
        this(submissions, slots, ringExit, taskExit, fileClose, sqReuse, exec, sharedRing,
                Collections.nCopies(submissions.size(), Sqe.NONE));
    }

    /** An environment without {@code exec} and with a ring only the submitter task holds. */
    public Environment(List<SubmitMode> submissions, int slots, boolean ringExit, boolean taskExit,
                       boolean fileClose, boolean sqReuse) {
        this(submissions, slots, ringExit, taskExit, fileClose, sqReuse, false, false);
    }

    /** Whether the ring may be closed at all: by the task's close or exit, or by the other holder. */
    public boolean ringMayClose() {
        return ringExit || taskExit || sharedRing;
    }

    /**
     * The same events with other submissions and cache size; command {@code k} keeps its SQE, and commands
     * beyond the old count send {@link Sqe#NONE}.
     */
    public Environment withSubmissions(List<SubmitMode> submissions, int slots) {
        List<Sqe> kept = new ArrayList<>();
        for (int k = 0; k < submissions.size(); k++) {
            kept.add(k < sqes.size() ? sqes.get(k) : Sqe.NONE);
        }
        return new Environment(submissions, slots, ringExit, taskExit, fileClose, sqReuse, exec, sharedRing, kept);
    }

    /** The same environment with other events (the variants of a catalogue run): submissions and SQEs kept. */
    public Environment withEvents(boolean ringExit, boolean taskExit, boolean fileClose, boolean sqReuse,
                                  boolean exec, boolean sharedRing) {
        return new Environment(submissions, slots, ringExit, taskExit, fileClose, sqReuse, exec, sharedRing, sqes);
    }

    /**
     * Whether commands {@code j} and {@code k} are the same input: submitted the same way with the same SQE
     * contents, so renaming one into the other is a symmetry of the model (LifecycleSymmetry).
     */
    public boolean interchangeable(int j, int k) {
        return submissions.get(j) == submissions.get(k) && sqes.get(j).equals(sqes.get(k));
    }

    /** The number of commands. */
    public int commands() {
        return submissions.size();
    }
}
