package uringcheck.model.concurrent;

/**
 * The callback a thread is running inside, as the runtime entered it: its context, the issue_flags it
 * was given, whether it is atomic (IRQ), and for an issue call the command being issued and whether
 * the driver queued it during this call (the per-call slot of SPEC §7's fix).
 */
final class Frame {
    static final Frame DRIVER_CONTEXT = new Frame(Context.C6, 0, false, null);

    final Context context;
    final int issueFlags;
    final boolean atomic;
    final Cmd issuing;
    boolean queued;

    Frame(Context context, int issueFlags, boolean atomic, Cmd issuing) {
        this.context = context;
        this.issueFlags = issueFlags;
        this.atomic = atomic;
        this.issuing = issuing;
    }
}
