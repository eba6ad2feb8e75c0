package uringcheck.checks.lifecycle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioException;
import uringcheck.checks.scenario.ScenarioParser;

/**
 * The test-only scenarios: {@code scenarios-extra/*.yaml} on the test class path, in the order of
 * {@code scenarios-extra/index.txt}. They are ordinary scenario files, parsed and validated exactly as
 * {@code uringcheck check FILE} would: a file the validator rejects fails the test that loads it.
 */
final class ExtraScenarios {

    /** Class-path folder of the test-only scenarios. */
    static final String FOLDER = "scenarios-extra/";

    private ExtraScenarios() {
    }

    /** The file names listed in the index, in order (blank lines and {@code #} comments ignored). */
    static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(resource(FOLDER + "index.txt"))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** One test-only scenario by file name. */
    static Scenario load(String fileName) {
        try (Reader reader = resource(FOLDER + fileName)) {
            return ScenarioParser.parse(FOLDER + fileName, reader);
        } catch (ScenarioException e) {
            throw new AssertionError("test scenario " + fileName + " is invalid:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader resource(String path) {
        InputStream in = ExtraScenarios.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new AssertionError("missing test resource " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
