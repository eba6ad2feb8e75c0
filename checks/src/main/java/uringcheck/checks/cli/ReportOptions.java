package uringcheck.checks.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uringcheck.checks.report.HtmlReport;
import uringcheck.checks.report.JunitXmlReport;
import uringcheck.checks.report.Run;
import uringcheck.checks.report.SarifReport;

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

    /** The stdout format asked for. */
    public Format format() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            case "sarif" -> Format.SARIF;
            default -> throw new IllegalArgumentException("--format must be text, json or sarif, not '" + format + "'");
        };
    }

    /** Whether {@code --brief} was given. */
    public boolean brief() {
        return brief;
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

    private static void write(Path file, String text, String flag) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(flag + ": cannot write " + file + " (" + e.getMessage()
                    + "): give a writable location");
        }
    }
}
