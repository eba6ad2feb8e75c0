package uringcheck.checks.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.UsageException;
import uringcheck.checks.report.CheckedTarget;
import uringcheck.checks.report.HtmlReport;
import uringcheck.checks.report.JunitXmlReport;
import uringcheck.checks.report.Run;
import uringcheck.checks.report.SarifReport;
import uringcheck.checks.report.ScenarioSource;
import uringcheck.model.Property;
import uringcheck.model.PropertyId;

/**
 * The report options of {@code check}: {@code --format text|json|sarif} for stdout, {@code --html DIR}
 * (the swim-lane page, docs/reports.md), {@code --junit-xml FILE}, {@code --brief} (compact traces for
 * scenario files) and the progress flags.
 */
public final class ReportOptions {

    /** What {@code check} prints on stdout. */
    public enum Format {
        /** The text report (the default). */
        TEXT,
        /** JSON, as {@code --json}. */
        JSON,
        /** SARIF 2.1.0, for code-scanning services. */
        SARIF
    }

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "what to print on stdout: text (default), json (as --json) or sarif (SARIF 2.1.0)")
    String format;

    @Option(names = "--html", paramLabel = "DIR", description = "also write the swim-lane HTML report to DIR/"
            + HtmlReport.FILE_NAME)
    Path html;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "also write JUnit XML to FILE: one test case per target and property")
    Path junitXml;

    @Option(names = "--brief", description = "for scenario files: one line per target and compact traces instead"
            + " of full reports")
    boolean brief;

    @Mixin
    ProgressOptions progress;

    /**
     * The stdout format: {@link Format#JSON} when the command's own {@code --json} is given, else
     * {@code --format}'s.
     */
    public Format format(boolean json) {
        if (json && format() == Format.SARIF) {
            throw new UsageException("--json and --format sarif contradict each other: give one of them");
        }
        return json ? Format.JSON : format();
    }

    /** Whether full reports are printed: with {@code --full}, or for scenario files unless {@code --brief}. */
    public boolean fullReports(boolean full, boolean files) {
        if (full && brief) {
            throw new UsageException("--full and --brief contradict each other: give one of them");
        }
        return full || files && !brief;
    }

    /** {@code target} checked, as the reports take it. */
    public static CheckedTarget checked(CheckTarget target, CheckResult result, boolean asExpected,
                                        String replayCommand, Optional<ScenarioSource> source) {
        return new CheckedTarget(target.name(), target.expected().describe(), target.expected().properties().stream().map(PropertyId::toString).toList(),
                target.expected().atLeast(), asExpected, target.model().properties().stream().map(Property::name).toList(), result, replayCommand,
                source);
    }

    private Format format() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            case "sarif" -> Format.SARIF;
            default -> throw new UsageException("--format must be text, json or sarif, not '" + format + "'");
        };
    }

    /** The progress flags. */
    public ProgressOptions progress() {
        return progress;
    }

    /** Writes the files asked for ({@code --html}, {@code --junit-xml}) and, for SARIF, prints it on {@code out}. */
    public void write(Run run, PrintWriter out) {
        if (html != null) {
            write(html.resolve(HtmlReport.FILE_NAME), HtmlReport.render(run), "--html");
        }
        if (junitXml != null) {
            write(junitXml, JunitXmlReport.render(run), "--junit-xml");
        }
        if (format() == Format.SARIF) {
            out.print(SarifReport.render(run));
        }
    }

    /** Writes {@code text} to {@code file}, creating its folder; a failure is a usage error naming {@code flag}. */
    static void write(Path file, String text, String flag) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(flag + ": cannot write " + file + " (" + e.getMessage()
                    + "): give a writable location");
        }
    }
}
