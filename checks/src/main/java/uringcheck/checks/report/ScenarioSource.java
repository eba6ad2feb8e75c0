package uringcheck.checks.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uringcheck.checks.explore.UsageException;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;

/**
 * The source of a driver program, shown beside its traces and used to locate SARIF results: a scenario
 * file, or the Rust rendering of a swept program ({@code RustPrinter}), whose statements end in a
 * {@code // n} comment naming the statement line the trace steps cite.
 *
 * @param path      the file as reports name it: the path given on the command line,
 *                  {@code scenarios/NAME.yaml} for a shipped scenario, or a swept program's name
 * @param text      the content
 * @param numbering how a line of the text maps to the statement lines steps cite
 */
public record ScenarioSource(String path, String text, Numbering numbering) {

    private static final Pattern STATEMENT_MARKER = Pattern.compile("  // (\\d+)$");

    /** How the lines of a source map to the statement lines trace steps cite. */
    public enum Numbering {
        /** Line n of the text is statement line n (a scenario file). */
        POSITION,
        /** A line ending in {@code // n} is statement line n; other lines are none (a printed Rust program). */
        STATEMENT_MARKERS
    }

    /** The lines of the text (line {@code n} is element {@code n - 1}). */
    public List<String> lines() {
        return text.lines().toList();
    }

    /** The statement line that line {@code n} (from 1) of the text shows, if any. */
    public OptionalInt scenarioLine(int n) {
        if (numbering == Numbering.POSITION) {
            return OptionalInt.of(n);
        }
        Matcher m = STATEMENT_MARKER.matcher(lines().get(n - 1));
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The source of a scenario file given on the command line. */
    public static ScenarioSource of(Path file) {
        try {
            return new ScenarioSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8), Numbering.POSITION);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + " again for the report (" + e.getMessage()
                    + "): keep the file in place while uringcheck runs");
        }
    }

    /** The sources of the shipped scenarios, keyed by scenario name, in catalogue order. */
    public static Map<String, ScenarioSource> shipped() {
        Map<String, ScenarioSource> out = new LinkedHashMap<>();
        for (Scenario s : ScenarioCatalogue.load()) {
            try (InputStream in = ScenarioSource.class.getClassLoader().getResourceAsStream(s.source())) {
                if (in != null) {
                    out.put(s.name(), new ScenarioSource(s.source(), new String(in.readAllBytes(),
                            StandardCharsets.UTF_8), Numbering.POSITION));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
