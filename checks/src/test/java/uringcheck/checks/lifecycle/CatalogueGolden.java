package uringcheck.checks.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Violation;

/**
 * {@code golden/lifecycle-catalogue.txt}: the one place the catalogue's numbers are pinned. One line
 * per {@link CatalogueRun}, {@code name verdict states/transitions/depth [property=length ...]}, the
 * properties in the explorer's report order, each with the length of its shortest counterexample (0
 * for a reachability twin, which has none). Other tests and the README read their numbers from here.
 * Regenerate with {@code -Dgolden.update=true}.
 */
final class CatalogueGolden {

    /** The golden file, relative to the checks module (the test working directory). */
    static final Path FILE = Path.of("src/test/resources/golden/lifecycle-catalogue.txt");
    /** The system property that rewrites the file instead of comparing with it. */
    static final String UPDATE = "golden.update";

    private static final String HEADER = """
            # One line per catalogue run (LifecycleCatalogueTest): name verdict states/transitions/depth
            # [property=length of its shortest counterexample ...]. Regenerate: -Dgolden.update=true.
            """;

    private CatalogueGolden() {
    }

    /** The golden line of one exploration. */
    static String line(String name, CheckResult r) {
        StringBuilder violated = new StringBuilder();
        for (Violation v : r.violations()) {
            violated.append(violated.length() == 0 ? "" : " ").append(v.property()).append('=')
                    .append(v.trace().length());
        }
        return name + " " + r.verdict() + " " + r.stats().states() + "/" + r.stats().transitions() + "/"
                + r.stats().maxDepth() + " [" + violated + "]";
    }

    /** Whether this run rewrites the golden file. */
    static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /** The pinned lines by run name, in file order. */
    static Map<String, String> lines() {
        Map<String, String> lines = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.put(line.substring(0, line.indexOf(' ')), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The pinned line of {@code name}. */
    static Entry entry(String name) {
        String line = lines().get(name);
        if (line == null) {
            throw new AssertionError(FILE + " has no line for " + name + " (regenerate with -D" + UPDATE + "=true)");
        }
        return Entry.parse(line);
    }

    /** Writes {@code lines} (in order) as the new golden file. */
    static void write(List<String> lines) {
        try {
            Files.writeString(FILE, HEADER + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One golden line, parsed.
     *
     * @param name        the run
     * @param verdict     {@code HOLDS} or {@code VIOLATED}
     * @param states      distinct states
     * @param transitions transitions explored
     * @param depth       the deepest level reached
     * @param violated    the violated properties with their counterexample lengths, in report order
     */
    record Entry(String name, String verdict, long states, long transitions, int depth, Map<String, Integer> violated) {

        static Entry parse(String line) {
            int open = line.indexOf('[');
            String[] head = line.substring(0, open).trim().split(" ");
            String[] counts = head[2].split("/");
            Map<String, Integer> violated = new LinkedHashMap<>();
            String inside = line.substring(open + 1, line.lastIndexOf(']')).trim();
            if (!inside.isEmpty()) {
                for (String pair : inside.split(" ")) {
                    int eq = pair.lastIndexOf('=');
                    violated.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
                }
            }
            return new Entry(head[0], head[1], Long.parseLong(counts[0]), Long.parseLong(counts[1]),
                    Integer.parseInt(counts[2]), violated);
        }
    }
}
