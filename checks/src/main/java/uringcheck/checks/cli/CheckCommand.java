package uringcheck.checks.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.UsageException;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.report.CheckedTarget;
import uringcheck.checks.report.CompactTrace;
import uringcheck.checks.report.ProgressLine;
import uringcheck.checks.report.Run;
import uringcheck.checks.report.ScenarioSource;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioException;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.PropertyId;

/**
 * {@code uringcheck check [--target NAME]... [FILE...]}: checks targets and compares each verdict with its
 * expectation. Without files it checks the catalogue; with files, the scenarios they describe (a file
 * without {@code expect:} is expected to hold). Prints one line per target (verdict, expectation, whether
 * they match, state counts) with the replay command and the compact trace of each counterexample, then
 * the one timing line and a summary; {@code --full}, and every run on files unless {@code --brief}, prints
 * each target's full report with its counterexample traces. {@link ReportOptions} adds the HTML, SARIF and
 * JUnit XML reports and the progress line. Exit status 0 only if every verdict matched its expectation and
 * every search was exhaustive; 2 if a file is malformed (nothing is checked then). With
 * {@code --stop-at-first} a search sees only its first violation, so it is graded by
 * {@link uringcheck.checks.catalogue.Expectation#admitsFirst}: that violation must be among the expected
 * ones (and a target expected to hold must have none).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the shipped scenario catalogue (or the named targets), or the scenario files given,"
                + " against their expected verdicts.")
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

    @Mixin
    private ReportOptions report;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "scenario files (YAML, see docs/scenario-format.md); full reports are printed for them")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws ScenarioException {
        List<CheckTarget> targets = new ArrayList<>();
        List<String> replayCommands = new ArrayList<>();
        List<Optional<ScenarioSource>> sources = new ArrayList<>();
        if (files.isEmpty()) {
            Map<String, ScenarioSource> shipped = ScenarioSource.shipped();
            for (CheckTarget t : selected()) {
                targets.add(t);
                replayCommands.add(ReplayLine.of(Optional.empty()));
                sources.add(Optional.ofNullable(shipped.get(t.name())));
            }
        } else {
            if (!names.isEmpty()) {
                throw new UsageException("--target selects targets of the built-in catalogue; it cannot be"
                        + " combined with scenario files");
            }
            for (Map.Entry<Path, Scenario> e : ScenarioFiles.load(files).entrySet()) {
                warnIfShadowing(e.getKey(), e.getValue());
                targets.add(ScenarioTargets.target(e.getValue()));
                replayCommands.add(ReplayLine.of(Optional.of(e.getKey())));
                sources.add(Optional.of(ScenarioSource.of(e.getKey())));
            }
        }
        boolean reports = report.fullReports(full, !files.isEmpty());
        ReportOptions.Format format = report.format(json);
        Optional<ProgressLine> progress = report.progress().line(spec.commandLine().getErr());
        List<CheckedTarget> checked = new ArrayList<>();
        SearchOptions options = search.options();
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode array = JsonReport.array();
        int matched = 0;
        int unexpected = 0;
        int incomplete = 0;
        long states = 0;
        long nanos = 0;
        for (int i = 0; i < targets.size(); i++) {
            CheckTarget target = targets.get(i);
            progress.ifPresent(p -> p.label(target.name()));
            CheckResult result = Explorer.check(target.model(), options, ProgressOptions.listener(progress));
            states += result.stats().states();
            nanos += result.stats().elapsedNanos();
            boolean ok = options.stopAtFirstViolation() ? target.expected().admitsFirst(result)
                    : target.expected().matches(result);
            if (ok) {
                matched++;
            } else if (result.verdict() == Verdict.INCOMPLETE) {
                incomplete++;
            } else {
                unexpected++;
            }
            checked.add(ReportOptions.checked(target, result, ok, replayCommands.get(i), sources.get(i)));
            if (format == ReportOptions.Format.SARIF) {
                continue;
            }
            if (format == ReportOptions.Format.JSON) {
                ObjectNode node = array.addObject();
                node.put("target", target.name());
                node.put("expected", target.expected().describe());
                node.put("asExpected", ok);
                node.set("result", JsonReport.toJson(result));
                continue;
            }
            if (reports) {
                out.print(TextReport.render(result, replayCommands.get(i)));
            }
            out.println(line(target, result, ok) + stats(result));
            if (reports) {
                out.println();
            } else {
                for (Violation v : result.violations()) {
                    if (v.replayable()) {
                        out.println("    " + v.property() + " replay: " + replayCommands.get(i) + " " + v.replayToken());
                        CompactTrace.render(v, "      ").forEach(out::println);
                    }
                }
            }
        }
        long total = states;
        long time = nanos;
        progress.ifPresent(p -> p.finishRun(targets.size(), total, time));
        report.write(new Run(files.isEmpty() ? "scenario catalogue" : files.stream().map(Path::toString)
                .collect(Collectors.joining(", ")), checked), out);
        if (format == ReportOptions.Format.JSON) {
            out.println(JsonReport.write(array));
        } else if (format == ReportOptions.Format.TEXT) {
            out.printf(Locale.ROOT, "%s%.3f s for %d states (%.0f states/s)%n", TextReport.TIME_LINE_PREFIX,
                    nanos / 1e9, states, nanos == 0 ? 0.0 : states / (nanos / 1e9));
            out.printf(Locale.ROOT, "%d target%s: %d as expected, %d unexpected, %d without a verdict%n",
                    targets.size(), targets.size() == 1 ? "" : "s", matched, unexpected, incomplete);
        }
        out.flush();
        return unexpected > 0 ? Main.VIOLATION : incomplete > 0 ? Main.LIMIT : Main.OK;
    }

    /**
     * Warns on stderr when a scenario file takes the name of a catalogue target: its replay tokens then
     * need {@code --scenario FILE} (without it they name the catalogue's model, which refuses them).
     */
    private void warnIfShadowing(Path file, Scenario scenario) {
        if (main.catalogue().find(scenario.name()).isPresent()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("uringcheck check: warning: " + file + " names its scenario '" + scenario.name()
                    + "', like a catalogue scenario; replay its tokens with the printed --scenario command,"
                    + " or give it a name of its own");
            err.flush();
        }
    }

    private List<CheckTarget> selected() {
        if (names.isEmpty()) {
            return main.catalogue().targets();
        }
        List<CheckTarget> out = new ArrayList<>();
        for (String name : names) {
            out.add(main.catalogue().find(name).orElseThrow(() -> new UsageException(
                    "no target named '" + name + "'; 'uringcheck list' shows the targets")));
        }
        return out;
    }

    /** The deterministic counts of a search, e.g. {@code  (16 states, 25 transitions, depth 9)}. */
    static String stats(CheckResult result) {
        return String.format(Locale.ROOT, "  (%d states, %d transitions, depth %d)", result.stats().states(),
                result.stats().transitions(), result.stats().maxDepth());
    }

    static String line(CheckTarget target, CheckResult result, boolean ok) {
        String verdict = switch (result.verdict()) {
            case HOLDS -> "HOLDS";
            case VIOLATED -> "VIOLATED " + result.violations().stream().map(Violation::property)
                    .sorted().map(PropertyId::toString).collect(Collectors.joining(", ", "[", "]"));
            case INCOMPLETE -> "INCOMPLETE (" + result.limitReached().orElse("not exhaustive") + ")";
        };
        String match = ok ? "as expected" : result.verdict() == Verdict.INCOMPLETE
                ? "no verdict (expected " + target.expected().describe() + ")"
                : "UNEXPECTED (expected " + target.expected().describe() + ")";
        return String.format(Locale.ROOT, "%-34s %-39s %s", target.name(), verdict, match);
    }
}
