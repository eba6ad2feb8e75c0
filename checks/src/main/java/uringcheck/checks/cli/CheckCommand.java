package uringcheck.checks.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;

/**
 * {@code uringcheck check [--target NAME]... [FILE...]}: checks targets and compares each verdict with its
 * expectation. Prints one line per target (verdict, expectation, whether they match), then a summary;
 * {@code --full} adds each target's report with its counterexamples. Exit status 0 only if every
 * verdict matched its expectation and every search was exhaustive.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the built-in catalogue (or the named targets) against their expected verdicts.")
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SearchMixin search;

    @Option(names = {"-t", "--target"}, paramLabel = "NAME", description = "check only this target (repeatable)")
    private List<String> names = new ArrayList<>();

    @Option(names = "--full", description = "print every target's full report, with counterexamples")
    private boolean full;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "scenario files")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        if (!files.isEmpty()) {
            throw new IllegalArgumentException("scenario files are not supported by this build yet ("
                    + files.get(0) + "); run 'uringcheck check' without files for the built-in catalogue");
        }
        List<CheckTarget> targets = selected();
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode array = JsonReport.array();
        int matched = 0;
        int unexpected = 0;
        int incomplete = 0;
        for (CheckTarget target : targets) {
            CheckResult result = Explorer.check(target.model(), search.options());
            boolean ok = target.expected().matches(result);
            if (ok) {
                matched++;
            } else if (result.verdict() == Verdict.INCOMPLETE) {
                incomplete++;
            } else {
                unexpected++;
            }
            if (json) {
                ObjectNode node = array.addObject();
                node.put("target", target.name());
                node.put("expected", target.expected().describe());
                node.put("asExpected", ok);
                node.set("result", JsonReport.toJson(result));
                continue;
            }
            if (full) {
                out.print(TextReport.render(result));
            }
            out.println(line(target, result, ok));
            if (full) {
                out.println();
            }
        }
        if (json) {
            out.println(JsonReport.write(array));
        } else {
            out.printf(Locale.ROOT, "%d targets: %d as expected, %d unexpected, %d without a verdict%n",
                    targets.size(), matched, unexpected, incomplete);
        }
        out.flush();
        return unexpected > 0 ? Main.VIOLATION : incomplete > 0 ? Main.LIMIT : Main.OK;
    }

    private List<CheckTarget> selected() {
        if (names.isEmpty()) {
            return main.catalogue().targets();
        }
        List<CheckTarget> out = new ArrayList<>();
        for (String name : names) {
            out.add(main.catalogue().find(name).orElseThrow(() -> new IllegalArgumentException(
                    "no target named '" + name + "'; 'uringcheck list' shows the targets")));
        }
        return out;
    }

    static String line(CheckTarget target, CheckResult result, boolean ok) {
        String verdict = switch (result.verdict()) {
            case HOLDS -> "HOLDS";
            case VIOLATED -> "VIOLATED " + result.violations().stream().map(Violation::property)
                    .sorted().collect(Collectors.joining(", ", "[", "]"));
            case INCOMPLETE -> "INCOMPLETE (" + result.limitReached().orElse("not exhaustive") + ")";
        };
        String match = ok ? "as expected" : result.verdict() == Verdict.INCOMPLETE
                ? "no verdict (expected " + target.expected().describe() + ")"
                : "UNEXPECTED (expected " + target.expected().describe() + ")";
        return String.format(Locale.ROOT, "%-28s %-30s %s", target.name(), verdict, match);
    }
}
