package uringcheck.checks.lifecycle;

import java.util.List;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;

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
        return ScenarioCatalogue.fileNames(FOLDER);
    }

    /** One test-only scenario by file name. */
    static Scenario load(String fileName) {
        return ScenarioCatalogue.load(FOLDER, fileName);
    }
}
