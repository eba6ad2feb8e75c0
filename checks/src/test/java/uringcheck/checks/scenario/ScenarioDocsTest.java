package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** docs/scenario-format.md stays the reference: its example parses, and it names every word and scenario. */
class ScenarioDocsTest {

    private static String doc() throws IOException {
        return Files.readString(Path.of("../docs/scenario-format.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theFirstExampleOfTheReferenceParses() throws IOException, ScenarioException {
        String doc = doc();
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Scenario s = ScenarioParser.parse("docs example", new StringReader(example));
        assertEquals("VIOLATED [O5]", s.expectation().orElseThrow().describe());
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
