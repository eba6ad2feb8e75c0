package uringcheck.model.concurrent;

/**
 * The callback a thread is running inside, as the runtime entered it: its context, the issue_flags it
 * was given, whether it is atomic (IRQ); for an issue call the command being issued and whether the
 * driver queued it during this call (the per-call slot of SPEC §7's fix); for a task-work callback the
 * command whose task work runs and whether the callback re-armed it.
 */
final class Frame {
    static final Frame DRIVER_CONTEXT = new Frame(Context.C6, 0, false, null, null);

    final Context context;
    final int issueFlags;
    final boolean atomic;
    final Cmd issuing;
    final Cmd taskWorkOf;
    boolean queued;
    boolean rearmed;

    Frame(Context context, int issueFlags, boolean atomic, Cmd issuing, Cmd taskWorkOf) {
        this.context = context;
        this.issueFlags = issueFlags;
        this.atomic = atomic;
        this.issuing = issuing;
        this.taskWorkOf = taskWorkOf;
    }

    /** Whether this frame is {@code cmd}'s own task-work callback (it may complete or re-arm it once). */
    boolean ownsTaskWorkOf(Cmd cmd) {
        return taskWorkOf != null && taskWorkOf.equals(cmd) && !rearmed;
    }
}
