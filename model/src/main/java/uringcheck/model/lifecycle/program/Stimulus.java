package uringcheck.model.lifecycle.program;

/**
 * A stimulus: something outside the ring that starts driver code (a block request arriving at
 * {@code ublk_queue_rq}, a fuse server's reply, a device removal), zero or more times up to {@code max},
 * with no fairness: it may never come. A per-command stimulus targets one submitted command (its handler
 * uses that command's per-command fields, as a work item scheduled for it does); a device-level one runs
 * for no command ({@code RunningContext.command == -1}) and uses device-wide fields only.
 *
 * @param name    the stimulus's name, as traces and "never came" lines say it
 * @param handler the kworker or irq handler it starts
 * @param target  per command or for the device
 * @param max     how often it may fire at most, per target (at least 1)
 * @param pos     where the scenario file declares it
 */
public record Stimulus(String name, String handler, Target target, int max, Pos pos) {

    /** What a stimulus fires for. */
    public enum Target {
        /** One submitted command, chosen by the action. */
        COMMAND,
        /** The device: no command. */
        DEVICE
    }

    public Stimulus {
        if (max < 1) {
            throw new IllegalArgumentException("a stimulus fires at most max >= 1 times, got " + max);
        }
    }

    /** The scenario-file line it was declared on (0 when built in code). */
    public int line() {
        return pos.line();
    }
}
