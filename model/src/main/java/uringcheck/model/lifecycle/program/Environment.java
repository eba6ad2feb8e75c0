package uringcheck.model.lifecycle.program;

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
 * @param taskExit    the submitter task may exit (cancel pass, task work goes to the fallback kworker)
 * @param fileClose   userspace may close its file descriptor (release runs after the last reference)
 * @param sqReuse     userspace may overwrite a submitted SQ ring slot with a new SQE
 */
public record Environment(List<SubmitMode> submissions, int slots, boolean ringExit, boolean taskExit,
                          boolean fileClose, boolean sqReuse) {

    /**
     * @throws IllegalArgumentException if no command is submitted or {@code slots} is out of range (the
     *                                  scenario parser reports both to users before building one)
     */
    public Environment {
        submissions = List.copyOf(submissions);
        if (submissions.isEmpty()) {
            throw new IllegalArgumentException("the environment submits no command: give at least one submission");
        }
        if (slots < 1 || slots > submissions.size()) {
            throw new IllegalArgumentException("slots must be between 1 and the number of commands ("
                    + submissions.size() + "), got " + slots);
        }
    }

    /** The number of commands. */
    public int commands() {
        return submissions.size();
    }
}
