package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.SubmitMode;

/** The shipped catalogue: every file parses, is indexed once, and states its expected verdict. */
class CatalogueFilesTest {

    private static final Path FOLDER = Path.of("src/main/resources/scenarios");

    @Test
    void theIndexListsEveryShippedFileExactlyOnce() throws IOException {
        List<String> indexed = ScenarioCatalogue.fileNames();
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(FOLDER)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toSet());
        }
        assertEquals(onDisk, new HashSet<>(indexed));
        assertEquals(indexed.size(), new HashSet<>(indexed).size(), "a file is indexed twice");
    }

    @Test
    void everyShippedScenarioParsesWithAUniqueNameAndAnExpectation() {
        List<Scenario> scenarios = ScenarioCatalogue.load();
        assertEquals(ScenarioCatalogue.fileNames().size(), scenarios.size());
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios) {
            assertTrue(names.add(s.name()), "two scenarios are named " + s.name());
            assertTrue(s.expectation().isPresent(), s.source() + " states no expect:");
            assertFalse(s.description().isBlank(), s.source() + " has no description");
        }
    }

    @Test
    void theIssueScenariosSayWhatTheIssueSays() {
        assertEquals(List.of(), expected("p01-sync-complete.yaml"));
        assertEquals(List.of(), expected("p02-sync-einval.yaml"));
        assertEquals(List.of(), expected("p03-eagain-reissue-keeps-pdu.yaml"));
        assertEquals(List.of(), expected("p04-kworker-done-unlocked.yaml"));
        assertEquals(List.of("O5"), expected("p05a-v4-sample-inline.yaml"));
        assertEquals(List.of(), expected("p05b-v4-sample-iowq.yaml"));
        assertEquals(List.of(), expected("p06-nvme-irq-task-work.yaml"));
        assertEquals(List.of(), expected("p07-ublk-cancel-claim.yaml"));
        assertTrue(expected("p08-ublk-cancel-no-claim.yaml").containsAll(List.of("O1", "O9")));
        assertTrue(expected("p09-parked-no-completion.yaml").contains("O2"));
        assertTrue(expected("p10-seed-escape-via-err.yaml").contains("O1"));
        assertTrue(expected("p11-complete-eiocbqueued.yaml").containsAll(List.of("O13", "O2")));
        assertTrue(expected("p12-c-stale-pdu-on-reuse.yaml").contains("O6"));
    }

    @Test
    void theTwoP5ScenariosDifferOnlyInTheSubmissionPath() {
        Scenario inline = ScenarioCatalogue.load("p05a-v4-sample-inline.yaml");
        Scenario iowq = ScenarioCatalogue.load("p05b-v4-sample-iowq.yaml");
        assertEquals(List.of(SubmitMode.INLINE, SubmitMode.INLINE), inline.environment().submissions());
        assertEquals(List.of(SubmitMode.IOWQ, SubmitMode.IOWQ), iowq.environment().submissions());
        assertEquals(inline.environment().taskExit(), iowq.environment().taskExit());
        assertEquals(inline.environment().ringExit(), iowq.environment().ringExit());
        assertEquals(inline.driver(), iowq.driver());
        assertEquals(Abstraction.SEED, inline.abstraction());
    }

    private static List<String> expected(String file) {
        return ScenarioCatalogue.load(file).expectation().orElseThrow().properties().stream()
                .map(PropertyId::toString).collect(Collectors.toList());
    }
}
