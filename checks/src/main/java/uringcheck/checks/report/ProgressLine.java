package uringcheck.checks.report;

import java.io.PrintWriter;
import java.util.Locale;

import uringcheck.checks.explore.SearchListener;
import uringcheck.checks.explore.SearchProgress;

/**
 * The progress line on stderr: for a search, states, states per second, queue, depth and elapsed time;
 * for a sweep, programs checked of all, states and the estimated time left. At most one line per
 * {@link #periodNanos()}; on a terminal each line overwrites the last ({@code \r} and erase to the end of
 * the line) and {@link #finish} ends it; elsewhere (forced with {@code --progress}) each is a line of its
 * own. Never on stdout, so stdout is the same with or without progress.
 */
public final class ProgressLine implements SearchListener {

    private final PrintWriter err;
    private final boolean terminal;
    private final long periodNanos;
    private String label = "";
    private long nextSweepLine;
    private boolean open;

    /**
     * A progress line on {@code err}.
     *
     * @param terminal    whether {@code err} is a terminal (lines overwrite each other)
     * @param periodNanos the least time between two lines
     */
    public ProgressLine(PrintWriter err, boolean terminal, long periodNanos) {
        this.err = err;
        this.terminal = terminal;
        this.periodNanos = periodNanos;
    }

    /**
     * Names what the following searches or the next sweep check (a target, an abstraction and bound), shown
     * at the start of each line; a sweep's first line comes one period after it starts.
     */
    public void label(String what) {
        label = what;
        nextSweepLine = periodNanos;
    }

    @Override
    public long periodNanos() {
        return periodNanos;
    }

    @Override
    public void progress(SearchProgress p) {
        print(String.format(Locale.ROOT, "%s: %d states (%.0f/s), queue %d, depth %d, %.1f s", label, p.states(),
                p.statesPerSecond(), p.queue(), p.depth(), p.elapsedNanos() / 1e9));
    }

    /**
     * A sweep checked program {@code done} of {@code total}; prints a line if a period has passed since
     * the last, with the time left estimated from the mean time per program so far.
     */
    public void sweep(int done, int total, long states, long elapsedNanos) {
        if (elapsedNanos - nextSweepLine < 0) {
            return;
        }
        nextSweepLine = elapsedNanos + periodNanos;
        double seconds = elapsedNanos / 1e9;
        double left = done == 0 ? 0 : seconds / done * (total - done);
        print(String.format(Locale.ROOT, "%s: %d of %d programs checked, %d states, %.1f s, ETA %.0f s", label,
                done, total, states, seconds, left));
    }

    /** The closing line of a run of {@code targets} searches (printed even when the run was too short for any other). */
    public void finishRun(int targets, long states, long elapsedNanos) {
        print(String.format(Locale.ROOT, "checked %d %s: %d states in %.1f s", targets,
                targets == 1 ? "target" : "targets", states, elapsedNanos / 1e9));
        finish();
    }

    /** Ends the current terminal line, if one is open. */
    public void finish() {
        if (open) {
            err.println();
            err.flush();
            open = false;
        }
    }

    private void print(String line) {
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            open = true;
        } else {
            err.println(line);
        }
        err.flush();
    }
}
