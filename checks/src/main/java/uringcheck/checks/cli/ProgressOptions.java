package uringcheck.checks.cli;

import java.io.PrintWriter;
import java.util.Optional;

import picocli.CommandLine.Option;
import uringcheck.checks.explore.SearchListener;
import uringcheck.checks.explore.UsageException;
import uringcheck.checks.report.ProgressLine;

/**
 * {@code --progress} and {@code --quiet}: whether long searches and sweeps print a progress line on
 * stderr. By default only when a terminal is attached ({@link System#console()} is not null).
 */
public final class ProgressOptions {

    private static final long ONE_SECOND = 1_000_000_000L;

    @Option(names = "--progress", description = "print a progress line on stderr at most once a second, even"
            + " when stderr is not a terminal")
    boolean progress;

    @Option(names = "--quiet", description = "print no progress line, even on a terminal")
    boolean quiet;

    /** The search listener of {@code line}: the line itself, or {@link SearchListener#NONE} without one. */
    public static SearchListener listener(Optional<ProgressLine> line) {
        return line.<SearchListener>map(l -> l).orElse(SearchListener.NONE);
    }

    /** The progress line these flags ask for on {@code err}, if any. */
    public Optional<ProgressLine> line(PrintWriter err) {
        if (progress && quiet) {
            throw new UsageException("--progress and --quiet contradict each other: give one of them");
        }
        boolean terminal = System.console() != null;
        if (quiet || !(progress || terminal)) {
            return Optional.empty();
        }
        return Optional.of(new ProgressLine(err, terminal, ONE_SECOND));
    }
}
