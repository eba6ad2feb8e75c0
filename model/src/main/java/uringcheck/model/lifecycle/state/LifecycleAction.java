package uringcheck.model.lifecycle.state;

import uringcheck.model.Fairness;

/**
 * One step of the lifecycle model.
 *
 * @param kind   what happens
 * @param index  the context index for {@link Kind#STEP}, the slot for {@link Kind#TASK_WORK}, the command
 *               for {@link Kind#SUBMIT} and {@link Kind#SQ_REUSE}, {@link #EXEC_BEGIN} or {@link #EXEC_LOOP}
 *               for {@link Kind#EXEC}, the stimulus for {@link Kind#STIMULUS_FIRE}; 0 otherwise
 * @param choice the outcome taken by a step with several ({@code choose:} alternative, {@code may_fail:}
 *               outcome), the command a per-command stimulus targets; 0 when the step has one outcome
 */
public record LifecycleAction(Kind kind, int index, int choice) {

    /** An action whose step has a single outcome. */
    public LifecycleAction(Kind kind, int index) {
        this(kind, index, 0);
    }

    /** How many indices and choices per kind {@link #of} keeps made actions for. */
    private static final int CACHED = 16;
    /**
     * Actions {@link #of} made, by kind, index and choice. Filled on first use without a lock: a record's
     * fields are final, so another thread sees a complete action or null (and then makes an equal one).
     */
    private static final LifecycleAction[] MADE = new LifecycleAction[Kind.values().length * CACHED * CACHED];

    /**
     * The action {@code (kind, index, choice)}: equal to a new one, made once for small indices and
     * choices (listing the enabled actions of every state the search meets allocates none).
     */
    public static LifecycleAction of(Kind kind, int index, int choice) {
        if (index < 0 || index >= CACHED || choice < 0 || choice >= CACHED) {
            return new LifecycleAction(kind, index, choice);
        }
        int at = (kind.ordinal() * CACHED + index) * CACHED + choice;
        LifecycleAction a = MADE[at];
        if (a == null) {
            a = new LifecycleAction(kind, index, choice);
            MADE[at] = a;
        }
        return a;
    }

    /** The index of {@link Kind#EXEC} when the task calls {@code execve}. */
    public static final int EXEC_BEGIN = 0;
    /** The index of {@link Kind#EXEC} when {@code io_uring_cancel_generic}'s loop goes round again. */
    public static final int EXEC_LOOP = 1;

    /**
     * The kinds of step, in the order {@link LifecycleModel#actions} lists them, each with its
     * {@link Fairness}: what the kernel runs once it is enabled, userspace's teardown (which comes at the
     * latest when the process exits), or what userspace may never do.
     */
    public enum Kind {
        /**
         * A context running driver code takes one atomic step: once a context exists the kernel runs it
         * (the submitter inside {@code io_uring_enter}, an io-wq worker, task work, a scheduled kworker,
         * a raised interrupt, a cancel pass, {@code release}).
         */
        STEP(Fairness.KERNEL),
        /**
         * The task (or, once it exited, the fallback kworker) runs the pending task work of a request:
         * {@code task_work_add} with TWA_SIGNAL runs it on the task's next return to user mode, and
         * {@code io_fallback_tw} schedules the fallback work when the task is gone.
         */
        TASK_WORK(Fairness.KERNEL),
        /** {@code io_ring_exit_work} starts another cancel pass: it loops until every request is gone. */
        RING_EXIT_PASS(Fairness.KERNEL),
        /** The last file reference is gone: {@code __fput} calls {@code f_op->release}. */
        RELEASE(Fairness.KERNEL),
        /**
         * A stimulus from outside the ring arrives (a block request reaching {@code ublk_queue_rq}, a fuse
         * server's reply, a device removal): the driver handler the scenario's {@code stimuli:} names
         * starts, for one command or for the device. It may never come, so no fairness.
         */
        STIMULUS_FIRE(Fairness.STIMULUS),
        /** Userspace submits the next command. */
        SUBMIT(Fairness.STIMULUS),
        /** Userspace overwrites the SQ ring slot of a submitted command. */
        SQ_REUSE(Fairness.STIMULUS),
        /** Userspace closes the ring. */
        CLOSE_RING(Fairness.EXIT),
        /**
         * The submitter task exits: {@code do_exit} → {@code io_uring_files_cancel} (no uring_cmd pass: the
         * task has no tracked request), then {@code exit_files}.
         */
        TASK_EXIT(Fairness.EXIT),
        /** Userspace closes its descriptor of the driver's file. */
        CLOSE_FILE(Fairness.EXIT),
        /**
         * {@code execve}: index {@link #EXEC_BEGIN}, the task enters {@code begin_new_exec} →
         * {@code io_uring_task_cancel}; index {@link #EXEC_LOOP}, the loop of {@code io_uring_cancel_generic}
         * goes round again (another cancel pass, or exec goes on once no request of the task is left). Once
         * the task called it, the loop is the kernel's: it is fair like the rest of the exit class.
         */
        EXEC(Fairness.EXIT),
        /**
         * The other process holding a shared ring closes it ({@code io_uring_release} at its last
         * {@code fput}): nothing guarantees it, so it is a stimulus, not teardown.
         */
        PEER_CLOSE_RING(Fairness.STIMULUS);

        private final Fairness fairness;

        Kind(Fairness fairness) {
            this.fairness = fairness;
        }

        /** Whether the kernel guarantees this step once enabled, it is teardown, or an optional stimulus. */
        public Fairness fairness() {
            return fairness;
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + "(" + index + (choice == 0 ? "" : ", " + choice) + ")";
    }
}
