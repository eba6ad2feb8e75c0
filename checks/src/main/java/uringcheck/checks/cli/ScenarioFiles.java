package uringcheck.checks.cli;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioError;
import uringcheck.checks.scenario.ScenarioException;
import uringcheck.checks.scenario.ScenarioParser;

/**
 * Scenario files named on the command line. All of them are read before anything is checked ({@link TextInput}
 * refuses what is not a UTF-8 text file), and the problems of every file are reported together ({@link Main} prints them and exits with status 2).
 */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /**
     * Reads and validates {@code files}, in order, keyed by file.
     *
     * @throws ScenarioException with the problems of every file, or when two files name the same scenario
     *                           (replay tokens name scenarios, so names must be unique)
     */
    static Map<Path, Scenario> load(List<Path> files) throws ScenarioException {
        Map<Path, Scenario> scenarios = new LinkedHashMap<>();
        Map<String, Path> byName = new LinkedHashMap<>();
        List<ScenarioError> errors = new ArrayList<>();
        for (Path file : files) {
            try {
                Scenario s = ScenarioParser.parse(file.toString(),
                        new StringReader(TextInput.read(file, "scenario file",
                                "scenario files are YAML, see docs/scenario-format.md")));
                Path other = byName.putIfAbsent(s.name(), file);
                if (other != null) {
                    errors.add(new ScenarioError(file.toString(), 1, 0, "scenario name '" + s.name()
                            + "' is also used by " + other + ": give each scenario its own name"));
                } else {
                    scenarios.put(file, s);
                }
            } catch (ScenarioException e) {
                errors.addAll(e.errors());
            } catch (TextInput.UnreadableException e) {
                errors.add(new ScenarioError(file.toString(), 0, 0, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return scenarios;
    }
}
