package uringcheck.model.concurrent;

import java.util.ArrayDeque;
import java.util.function.IntSupplier;
import uringcheck.model.rules.ExecContext;

/**
 * The callback a thread is running inside, as the runtime entered it: its context, the issue_flags it
 * was given, whether it is atomic (IRQ); for an issue call the command being issued and whether the
 * driver queued it during this call (the per-call slot of SPEC §7's fix); for a task-work callback the
 * command whose task work runs and whether the callback re-armed it. Each thread keeps a stack of the
 * frames it is inside; a thread inside none is in the driver's own context (C6).
 */
final class Frame {
    static final Frame DRIVER_CONTEXT = new Frame(ExecContext.C6, 0, false, null, null);
    private static final ThreadLocal<ArrayDeque<Frame>> STACK = ThreadLocal.withInitial(ArrayDeque::new);

    final ExecContext context;
    final int issueFlags;
    final boolean atomic;
    final Cmd issuing;
    final Cmd taskWorkOf;
    boolean queued;
    boolean rearmed;

    Frame(ExecContext context, int issueFlags, boolean atomic, Cmd issuing, Cmd taskWorkOf) {
        this.context = context;
        this.issueFlags = issueFlags;
        this.atomic = atomic;
        this.issuing = issuing;
        this.taskWorkOf = taskWorkOf;
    }

    /** The innermost frame of the current thread, or {@link #DRIVER_CONTEXT}. */
    static Frame current() {
        Frame top = STACK.get().peek();
        return top == null ? DRIVER_CONTEXT : top;
    }

    /** Runs {@code body} inside this frame on the current thread and returns its result. */
    int call(IntSupplier body) {
        ArrayDeque<Frame> stack = STACK.get();
        stack.push(this);
        try {
            return body.getAsInt();
        } finally {
            stack.pop();
        }
    }

    /** Runs {@code body} inside this frame on the current thread. */
    void run(Runnable body) {
        call(() -> {
            body.run();
            return 0;
        });
    }

    /** Whether this frame is {@code cmd}'s own task-work callback (it may complete or re-arm it once). */
    boolean ownsTaskWorkOf(Cmd cmd) {
        return taskWorkOf != null && taskWorkOf.equals(cmd) && !rearmed;
    }
}
