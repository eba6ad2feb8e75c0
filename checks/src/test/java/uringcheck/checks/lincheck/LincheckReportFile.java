package uringcheck.checks.lincheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uringcheck.model.Obligation;

/**
 * Keeps Lincheck's failure report for a driver pattern out of the console: the full report (megabytes of
 * interleaving for some patterns) goes to a file beside the surefire reports, and the console gets one
 * summary of three lines of at most {@value #WIDTH} columns: the pattern, the breach, the file.
 */
final class LincheckReportFile {

    /** The widest console line. */
    static final int WIDTH = 100;

    /** Where the full reports go (the surefire reports folder of the module). */
    static final Path FOLDER = Path.of("target", "surefire-reports");

    /** A line naming a broken obligation: the runtime's LifecycleViolation message. */
    private static final Pattern BREACH = Pattern.compile("\\bO\\d+ broken");

    private LincheckReportFile() {
    }

    /** Writes {@code report} of {@code pattern} in full, and returns the file. */
    static Path write(String testClass, CataloguePattern pattern, String report) {
        Path file = FOLDER.resolve(testClass + "-" + pattern.name() + "-lincheck.txt");
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the Lincheck report in " + file, e);
        }
        return file;
    }

    /** The console summary of a report kept in {@code file}. */
    static String summary(CataloguePattern pattern, int invocations, Collection<Obligation> obligations, String report,
                          Path file) {
        String first = report.lines().filter(l -> BREACH.matcher(l).find()).findFirst()
                .orElse("(no obligation named in the report)").replaceFirst("^[\\w.$]+: (?=O\\d+ broken)", "").strip();
        return String.join("\n",
                cut("Lincheck reported " + pattern.label() + " after " + invocations + " invocations, breaking "
                        + obligations.stream().map(Obligation::name).collect(Collectors.joining(", "))),
                cut("  " + first),
                cut("  full report (" + report.lines().count() + " lines): " + file));
    }

    private static String cut(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 3) + "...";
    }
}
