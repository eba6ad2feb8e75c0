package uringcheck.model.lifecycle.state;

/**
 * One step of the lifecycle model.
 *
 * @param kind  what happens
 * @param index the context index for {@link Kind#STEP}, the slot for {@link Kind#TASK_WORK}, the command
 *              for {@link Kind#SUBMIT} and {@link Kind#SQ_REUSE}; 0 otherwise
 */
public record LifecycleAction(Kind kind, int index) {

    /** The kinds of step, in the order {@link LifecycleModel#actions} lists them. */
    public enum Kind {
        /** A context running driver code takes one atomic step. */
        STEP,
        /** The task (or, once it exited, the fallback kworker) runs the pending task work of a request. */
        TASK_WORK,
        /** {@code io_ring_exit_work} starts another cancel pass. */
        RING_EXIT_PASS,
        /** The last file reference is gone: {@code f_op->release} runs. */
        RELEASE,
        /** Userspace submits the next command. */
        SUBMIT,
        /** Userspace overwrites the SQ ring slot of a submitted command. */
        SQ_REUSE,
        /** Userspace closes the ring. */
        CLOSE_RING,
        /** The submitter task exits. */
        TASK_EXIT,
        /** Userspace closes its descriptor of the driver's file. */
        CLOSE_FILE
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + "(" + index + ")";
    }
}
