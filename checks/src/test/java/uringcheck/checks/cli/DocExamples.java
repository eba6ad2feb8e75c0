package uringcheck.checks.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import picocli.CommandLine;
import uringcheck.checks.scenario.ScenarioTargets;

/**
 * The examples of a Markdown document, and running them. An example is a {@code ./uringcheck ...} line (or
 * {@code $ ./uringcheck ...}) in a code block (fenced, or indented by four spaces), or a fenced
 * {@code yaml} block. A command runs through {@link Main} in-process and must exit 0; a YAML block must
 * parse, and one that is a whole scenario (it has {@code scenario:}) is saved and checked with
 * {@code uringcheck check}, which exits 0 when its {@code expect:} is met.
 *
 * <p>An HTML comment on the line before a block changes that (the comment is invisible when rendered):
 * <ul>
 * <li>{@code <!-- docs-test: expect-exit N -->}: every command of the block, or the scenario's check, must
 *     exit N;</li>
 * <li>{@code <!-- docs-test: parse-only why -->}: the commands are slow (minutes), so they are parsed
 *     against the command line's options but not run;</li>
 * <li>{@code <!-- docs-test: synopsis -->}: the lines are a synopsis ({@code [--n 8,9,10]}, {@code FILE}):
 *     the subcommand and every option named must exist;</li>
 * <li>{@code <!-- docs-test: save-as NAME -->}: a scenario is saved as NAME (default: its scenario name
 *     with {@code .yaml}), so later commands of the document can name it.</li>
 * </ul>
 * Arguments naming files are looked up among the saved scenarios, then from the repository root;
 * the values of {@code -o}, {@code --html} and {@code --junit-xml} are put in a scratch folder, and a trailing
 * {@code > FILE} redirection is dropped (the test keeps standard output in memory).
 */
final class DocExamples {

    private static final Pattern MARKER = Pattern.compile("^<!-- docs-test: (expect-exit|parse-only|synopsis|save-as)"
            + "(?: (.*?))? -->$");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~)\\s*(\\w*)\\s*$");
    private static final Pattern COMMAND = Pattern.compile("^(?:\\$ )?\\./uringcheck(?: (.*))?$");

    /** What kind of example. */
    enum Kind {
        COMMAND, YAML
    }

    /**
     * One example.
     *
     * @param doc    the document's name
     * @param line   1-based line in the document
     * @param kind   command or YAML
     * @param text   the command's arguments (without {@code ./uringcheck} and a trailing comment), or the YAML
     * @param marker the marker before its block, if any: its word and argument
     */
    record Example(String doc, int line, Kind kind, String text, Optional<Map.Entry<String, String>> marker) {

        String where() {
            return doc + ":" + line;
        }

        boolean marked(String word) {
            return marker.map(m -> m.getKey().equals(word)).orElse(false);
        }
    }

    /** What running a document's examples found. */
    record Outcome(int commandsRun, int commandsParsed, int synopses, int scenariosChecked, int yamlParsed,
                   List<String> failures) {
    }

    private final Path repoRoot;
    private final Path scratch;

    /** Examples resolved against {@code repoRoot}, writing into {@code scratch}. */
    DocExamples(Path repoRoot, Path scratch) {
        this.repoRoot = repoRoot;
        this.scratch = scratch;
    }

    /** The examples of {@code markdown}, in document order. */
    static List<Example> extract(String doc, String markdown) {
        List<Example> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        Optional<Map.Entry<String, String>> marker = Optional.empty();
        boolean previousBlank = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = MARKER.matcher(line.strip());
            Matcher fence = FENCE.matcher(line);
            if (m.matches()) {
                marker = Optional.of(Map.entry(m.group(1), m.group(2) == null ? "" : m.group(2)));
                previousBlank = true;
                continue;
            } else if (fence.matches()) {
                int start = i + 1;
                StringBuilder body = new StringBuilder();
                for (i = start; i < lines.length && !lines[i].startsWith(fence.group(1)); i++) {
                    body.append(lines[i]).append('\n');
                }
                if (fence.group(2).equals("yaml")) {
                    out.add(new Example(doc, start + 1, Kind.YAML, body.toString(), marker));
                } else {
                    commands(out, doc, start, body.toString().split("\n"), "", marker);
                }
                marker = Optional.empty();
            } else if (line.startsWith("    ") && previousBlank) {
                int start = i;
                List<String> block = new ArrayList<>();
                for (; i < lines.length && (lines[i].startsWith("    ") || lines[i].isBlank()); i++) {
                    block.add(lines[i]);
                }
                i--;
                commands(out, doc, start, block.toArray(String[]::new), "    ", marker);
                marker = Optional.empty();
            } else if (!line.isBlank()) {
                marker = Optional.empty();
            }
            previousBlank = lines[i].isBlank();
        }
        return out;
    }

    private static void commands(List<Example> out, String doc, int start, String[] block, String indent,
                                 Optional<Map.Entry<String, String>> marker) {
        for (int k = 0; k < block.length; k++) {
            String text = block[k].startsWith(indent) ? block[k].substring(indent.length()) : block[k];
            Matcher m = COMMAND.matcher(text.strip());
            if (m.matches()) {
                String args = m.group(1) == null ? "" : m.group(1).replaceAll("\\s+#.*$", "").strip();
                out.add(new Example(doc, start + k + 1, Kind.COMMAND, args, marker));
            }
        }
    }

    /** Runs every example of {@code markdown}; the failures say where and why. */
    Outcome run(String doc, String markdown) throws IOException {
        int run = 0;
        int parsed = 0;
        int synopses = 0;
        int checked = 0;
        int yaml = 0;
        List<String> failures = new ArrayList<>();
        for (Example e : extract(doc, markdown)) {
            if (e.kind() == Kind.YAML) {
                Object tree;
                try {
                    tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(e.text());
                } catch (YAMLException ex) {
                    failures.add(e.where() + ": the YAML example does not parse: " + ex.getMessage().lines().findFirst()
                            .orElse(""));
                    continue;
                }
                yaml++;
                if (tree instanceof Map<?, ?> map && map.containsKey("scenario")) {
                    String name = e.marked("save-as") ? e.marker().get().getValue() : map.get("scenario") + ".yaml";
                    Path file = scratch.resolve(name);
                    Files.writeString(file, e.text(), StandardCharsets.UTF_8);
                    checked++;
                    expectExit(failures, e, "check " + file, new String[] {"check", file.toString()});
                }
                continue;
            }
            String[] args = e.text().isEmpty() ? new String[0] : e.text().replaceFirst("\\s+>\\s*\\S+$", "")
                    .split("\\s+");
            if (e.marked("synopsis")) {
                synopses++;
                synopsis(failures, e, args);
            } else if (e.marked("parse-only")) {
                parsed++;
                try {
                    Main.commandLine(ScenarioTargets.shipped()).parseArgs(resolve(args));
                } catch (CommandLine.ParameterException ex) {
                    failures.add(e.where() + ": `./uringcheck " + e.text() + "` does not parse: " + ex.getMessage());
                }
            } else {
                run++;
                expectExit(failures, e, "./uringcheck " + e.text(), resolve(args));
            }
        }
        return new Outcome(run, parsed, synopses, checked, yaml, failures);
    }

    private void expectExit(List<String> failures, Example e, String what, String[] args) {
        int expected = e.marked("expect-exit") ? Integer.parseInt(e.marker().get().getValue().strip()) : 0;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine(ScenarioTargets.shipped());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int status = line.execute(args);
        if (status != expected) {
            failures.add(e.where() + ": `" + what + "` exited " + status + ", the document expects " + expected + ": "
                    + (err.toString().isBlank() ? lastLine(out.toString()) : err.toString().strip()));
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }

    private void synopsis(List<String> failures, Example e, String[] args) {
        CommandLine root = Main.commandLine(ScenarioTargets.shipped());
        if (args.length == 0 || !root.getSubcommands().containsKey(args[0])) {
            failures.add(e.where() + ": no subcommand '" + (args.length == 0 ? "" : args[0]) + "'");
            return;
        }
        CommandLine.Model.CommandSpec spec = root.getSubcommands().get(args[0]).getCommandSpec();
        for (String token : Arrays.copyOfRange(args, 1, args.length)) {
            String option = token.replaceAll("^\\[+", "").replaceAll("[\\]=].*$", "");
            if (option.startsWith("-") && spec.findOption(option) == null) {
                failures.add(e.where() + ": `" + args[0] + "` has no option " + option);
            }
        }
    }

    /** Options whose value is a file or directory the command writes: it goes to the scratch folder. */
    private static final List<String> OUTPUT_OPTIONS = List.of("-o", "--output", "--html", "--junit-xml");

    private String[] resolve(String[] args) {
        String[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (i > 0 && OUTPUT_OPTIONS.contains(out[i - 1])) {
                out[i] = scratch.resolve(out[i]).toString();
            } else if (Files.exists(scratch.resolve(out[i]))) {
                out[i] = scratch.resolve(out[i]).toString();
            } else if (out[i].contains("/") && Files.exists(repoRoot.resolve(out[i]))) {
                out[i] = repoRoot.resolve(out[i]).toString();
            }
        }
        return out;
    }
}
