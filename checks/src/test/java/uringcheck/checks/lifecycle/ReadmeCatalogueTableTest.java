package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.model.lifecycle.program.Environment;

/**
 * The README's catalogue table says what the files and {@link CatalogueGolden} say: one row per shipped
 * scenario, in index order, whose abstraction, commands and events are the file's and whose verdict,
 * violated properties, states, transitions and depth are its golden line's. The time column is a
 * measurement and is not checked.
 */
class ReadmeCatalogueTableTest {

    private static final Path README = Path.of("../README.md");
    private static final String SECTION = "## The catalogue";
    /** Where each checked column's truth comes from, when not the golden file. */
    private static final Map<String, String> SOURCE = Map.of("abstraction", "file", "commands", "file", "events",
            "file");

    @Test
    void theReadmeTableMatchesTheFilesAndTheGoldenFile() throws IOException {
        assertEquals(List.of(), problems(Files.readString(README, StandardCharsets.UTF_8)),
                README + " drifted from the catalogue (numbers: " + CatalogueGolden.FILE + ")");
    }

    @Test
    void aDriftedNumberOrAMissingRowIsReported() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String drifted = readme.replace("| 3,189 | 8,906 | 31 |", "| 3,189 | 8,907 | 31 |");
        assertEquals(List.of("P7-ublk-cancel-claim: transitions 8907, golden 8906"), problems(drifted));
        String p12 = readme.lines().filter(l -> l.startsWith("| P12-")).findFirst().orElseThrow();
        String rowless = readme.replace(p12 + "\n", "");
        assertTrue(problems(rowless).contains("not in the README: [P12-c-stale-pdu-on-reuse]"), problems(rowless)
                .toString());
    }

    /** Every way {@code readme}'s catalogue table differs from the shipped files and the golden file. */
    static List<String> problems(String readme) {
        List<String> problems = new ArrayList<>();
        List<String[]> rows = rows(readme);
        List<Scenario> shipped = ScenarioCatalogue.load();
        List<String> shippedNames = shipped.stream().map(Scenario::name).toList();
        List<String> names = rows.stream().map(r -> r[0]).toList();
        if (!names.equals(shippedNames)) {
            problems.add("rows " + names + " are not in index order " + shippedNames);
            Set<String> missing = new TreeSet<>(shippedNames);
            missing.removeAll(names);
            if (!missing.isEmpty()) {
                problems.add("not in the README: " + missing);
            }
        }
        Map<String, String> golden = CatalogueGolden.lines();
        for (String[] row : rows) {
            String name = row[0];
            int index = shippedNames.indexOf(name);
            if (index < 0 || !golden.containsKey(name)) {
                problems.add(name + ": not a shipped scenario");
                continue;
            }
            CatalogueGolden.Entry pinned = CatalogueGolden.Entry.parse(golden.get(name));
            Scenario s = shipped.get(index);
            compare(problems, name, "abstraction", row[1], s.abstraction().name().toLowerCase(Locale.ROOT));
            compare(problems, name, "commands", row[2], String.join(", ", s.environment().submissions().stream()
                    .map(m -> m.name().toLowerCase(Locale.ROOT)).toList()));
            compare(problems, name, "events", set(row[3]), events(s.environment()));
            String[] verdict = row[4].split(" ", 2);
            compare(problems, name, "verdict", verdict[0], pinned.verdict());
            compare(problems, name, "violated", verdict.length > 1 ? set(verdict[1]) : Set.of(),
                    new TreeSet<>(pinned.violated().keySet()));
            compare(problems, name, "states", number(row[5]), pinned.states());
            compare(problems, name, "transitions", number(row[6]), pinned.transitions());
            compare(problems, name, "depth", number(row[7]), (long) pinned.depth());
        }
        return problems;
    }

    /** Adds a problem when the README's {@code cell} differs from {@code truth} (the file's or the golden's). */
    private static void compare(List<String> problems, String name, String column, Object cell, Object truth) {
        if (!cell.equals(truth)) {
            problems.add(name + ": " + column + " " + cell + ", " + SOURCE.getOrDefault(column, "golden") + " " + truth);
        }
    }

    /** The table rows of the catalogue section, split into trimmed cells (header and rule left out). */
    private static List<String[]> rows(String readme) {
        int start = readme.indexOf("\n" + SECTION + "\n");
        int end = readme.indexOf("\n## ", start + 1);
        List<String[]> rows = new ArrayList<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| Scenario ")) {
                rows.add(Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ")).map(String::strip)
                        .toArray(String[]::new));
            }
        }
        return rows;
    }

    private static Set<String> events(Environment e) {
        Set<String> events = new TreeSet<>();
        if (e.ringExit()) {
            events.add("ring_exit");
        }
        if (e.taskExit()) {
            events.add("task_exit");
        }
        if (e.fileClose()) {
            events.add("file_close");
        }
        if (e.sqReuse()) {
            events.add("sq_reuse");
        }
        if (e.exec()) {
            events.add("exec");
        }
        if (e.sharedRing()) {
            events.add("shared_ring");
        }
        return events;
    }

    private static Set<String> set(String cell) {
        return cell.equals("-") ? new TreeSet<>() : new TreeSet<>(Arrays.asList(cell.split(", ")));
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replace(",", ""));
    }
}
