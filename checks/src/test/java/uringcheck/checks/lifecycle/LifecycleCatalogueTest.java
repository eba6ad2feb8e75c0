package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ReplayRoundTrip;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.scenario.ScenarioTargets;

/**
 * Every {@link CatalogueRun} (the shipped catalogue, the test-only scenario files, the declared bounds
 * variants) explored exhaustively by breadth-first search: its verdict, counts and shortest
 * counterexample lengths must equal its line of {@link CatalogueGolden}, a file that states an
 * {@code expect:} must get it, and every counterexample must replay from its token to the same trace.
 * With {@code -Dgolden.update=true} the golden file is rewritten instead.
 */
class LifecycleCatalogueTest {

    private static final Map<String, String> UPDATED = new ConcurrentHashMap<>();

    static List<CatalogueRun> runs() {
        return CatalogueRun.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void verdictStatesAndShortestCounterexamples(CatalogueRun run) {
        CheckTarget target = ScenarioTargets.target(run.scenario());
        CheckResult r = Explorer.check(target.model(), SearchOptions.bfs().withSymmetry(false));
        String actual = CatalogueGolden.line(run.name(), r);
        assertTrue(r.exhaustive(), actual);
        if (CatalogueGolden.updating()) {
            UPDATED.put(run.name(), actual);
        } else {
            assertEquals(CatalogueGolden.lines().get(run.name()), actual,
                    run.name() + " (" + run.file() + "): regenerate with -D" + CatalogueGolden.UPDATE + "=true");
        }
        run.scenario().expectation().ifPresent(e -> assertTrue(target.expected().matches(r),
                run.file() + ": expected " + target.expected().describe() + ", got " + TextReport.verdictLine(r)));
        int replayed = ReplayRoundTrip.assertReproduces(target.model(), r);
        assertEquals(r.verdict() == Verdict.VIOLATED, replayed > 0, run.name() + ": a violation without a path");
    }

    @Test
    void theGoldenFileHasOneLinePerRunInOrder() {
        List<String> names = runs().stream().map(CatalogueRun::name).toList();
        assertEquals(names.size(), new HashSet<>(names).size(), "two runs share a name: " + names);
        if (!CatalogueGolden.updating()) {
            assertEquals(names, new ArrayList<>(CatalogueGolden.lines().keySet()));
        }
    }

    @Test
    void theExtraIndexListsEveryTestScenarioFileExactlyOnce() throws IOException {
        List<String> indexed = ExtraScenarios.fileNames();
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources", ExtraScenarios.FOLDER))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .collect(Collectors.toList());
        }
        assertEquals(onDisk, indexed.stream().sorted().toList());
    }

    @AfterAll
    static void writeTheGoldenFileWhenUpdating() {
        if (CatalogueGolden.updating() && !UPDATED.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (CatalogueRun run : runs()) {
                String line = UPDATED.get(run.name());
                if (line == null) {
                    throw new AssertionError(CatalogueGolden.FILE + " not rewritten: " + run.name()
                            + " did not run (regenerate with every run selected)");
                }
                lines.add(line);
            }
            CatalogueGolden.write(lines);
        }
    }
}
