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

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;

/**
 * The text of a scenario file, shown beside its traces and used to locate SARIF results.
 *
 * @param path the file as reports name it: the path given on the command line, or
 *             {@code scenarios/NAME.yaml} for a shipped scenario
 * @param text the file's content
 */
public record ScenarioSource(String path, String text) {

    /** The file's lines (line {@code n} is element {@code n - 1}). */
    public List<String> lines() {
        return text.lines().toList();
    }

    /** The source of a scenario file given on the command line. */
    public static ScenarioSource of(Path file) {
        try {
            return new ScenarioSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again for the report", e);
        }
    }

    /** The sources of the shipped scenarios, keyed by scenario name, in catalogue order. */
    public static Map<String, ScenarioSource> shipped() {
        Map<String, ScenarioSource> out = new LinkedHashMap<>();
        for (Scenario s : ScenarioCatalogue.load()) {
            try (InputStream in = ScenarioSource.class.getClassLoader().getResourceAsStream(s.source())) {
                if (in != null) {
                    out.put(s.name(), new ScenarioSource(s.source(), new String(in.readAllBytes(),
                            StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
