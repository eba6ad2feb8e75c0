package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs match behaviour: every {@code ./uringcheck} command and every YAML example of README.md and
 * docs/*.md runs as the text says ({@link DocExamples} says how examples are found and marked). A document
 * that drifts fails this test, as the seeded broken document shows.
 */
class DocsExamplesTest {

    private static final Path ROOT = Path.of("..");

    @TempDir
    Path scratch;

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    @Test
    void everyCommandAndYamlExampleOfTheDocsWorks() throws IOException {
        DocExamples examples = new DocExamples(ROOT, scratch);
        List<String> failures = new ArrayList<>();
        int[] counts = new int[5];
        for (Path doc : documents()) {
            DocExamples.Outcome o = examples.run(ROOT.relativize(doc).toString(),
                    Files.readString(doc, StandardCharsets.UTF_8));
            failures.addAll(o.failures());
            counts[0] += o.commandsRun();
            counts[1] += o.commandsParsed();
            counts[2] += o.synopses();
            counts[3] += o.scenariosChecked();
            counts[4] += o.yamlParsed();
        }
        assertEquals(List.of(), failures, "fix the documents (or the code)");
        assertEquals("run 21, parsed 11, synopses 8, scenarios checked 2, YAML parsed 12", String.format(
                "run %d, parsed %d, synopses %d, scenarios checked %d, YAML parsed %d", counts[0], counts[1],
                counts[2], counts[3], counts[4]), "the number of examples found changed: check the extraction");
    }

    @Test
    void aDriftedDocumentFailsWithEveryBreakageNamed() throws IOException {
        String doc = Files.readString(Path.of("src/test/resources/docs-examples/broken.md"), StandardCharsets.UTF_8);
        DocExamples.Outcome o = new DocExamples(ROOT, scratch).run("broken.md", doc);
        List<String> where = o.failures().stream().map(f -> f.substring(0, f.indexOf(": "))).toList();
        assertEquals(List.of("broken.md:5", "broken.md:11", "broken.md:17", "broken.md:41", "broken.md:53",
                "broken.md:59", "broken.md:64"), where, String.join("\n", o.failures()));
        assertEquals("broken.md:5: `./uringcheck check --max-statez 10` exited 2, the document expects 0: Unknown"
                + " option: '--max-statez'", o.failures().get(0).lines().findFirst().orElseThrow());
        assertTrue(o.failures().get(2).contains("drifted.yaml` exited 1, the document expects 0"), o.failures().get(2));
        assertTrue(o.failures().get(3).contains("unknown statement 'retrun'"), o.failures().get(3));
        assertEquals("broken.md:64: `bench` has no option --turbo", o.failures().get(6));
        assertEquals(new DocExamples.Outcome(4, 1, 1, 2, 3, o.failures()), o);
    }
}
