package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docs/scenario-format.md stays the reference: it names every word and scenario. (Its examples are run by
 * {@code uringcheck.checks.cli.DocsExamplesTest}, with those of every other document.)
 */
class ScenarioDocsTest {

    private static String doc() throws IOException {
        return Files.readString(Path.of("../docs/scenario-format.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyStatementWordAndEveryShippedScenarioIsDocumented() throws IOException {
        String doc = doc();
        List<String> missing = new ArrayList<>();
        for (String word : ScenarioParser.statementWords()) {
            if (!doc.contains("| `" + word + ":") && !doc.contains("| `" + word + "`")) {
                missing.add(word);
            }
        }
        for (Scenario s : ScenarioCatalogue.load()) {
            if (!doc.contains("| " + s.name() + " |")) {
                missing.add(s.name());
            }
        }
        assertEquals(List.of(), missing, "add them to docs/scenario-format.md");
        assertTrue(doc.contains("would not compile in safe Rust: use of moved value"));
    }
}
