package uringcheck.checks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.text.StringEscapeUtils;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Lasso;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.Trace;
import uringcheck.checks.explore.Trap;
import uringcheck.checks.explore.Violation;
import uringcheck.model.Property;

/**
 * The swim-lane HTML report of a {@link Run} (or of soundness sweeps, {@link SoundnessHtml}): one
 * self-contained page (inline CSS, no script, no font or
 * any other request) with a summary table and, for each violation, a sequence chart drawn as a CSS grid:
 * one column per context lane ({@link Lanes}), each step in its actor's lane with its kernel text and a
 * link to the scenario line it ran (the scenario source is shown beside the chart, the lines that ran
 * highlighted); one column per command with its phase in every state ({@link CommandPhases}); the fields
 * a step changed in a {@code <details>} element; the breaching step marked; for a liveness violation the
 * stem and the trap (cycle or dead end) labelled, or for a fair-liveness lasso the stem, the loop (or the
 * state where the run stops) and the stimuli that never came; and the replay command.
 *
 * <p>The page is a deterministic function of the run (no timestamps, no timings). Elements tests and
 * tools may select: {@code section.target[data-target]}, {@code article.violation[data-property]},
 * {@code .lane-head[data-lane]}, {@code .step[data-lane][data-step]}, {@code .violation-marker},
 * {@code .phase[data-command]}, {@code .trap}, {@code .lasso}, {@code .lasso-loop}, {@code .in-loop},
 * {@code .lasso-end}, {@code .never-came}, {@code .replay}. A lasso reuses the trap's styles, so a page
 * without one is unchanged.
 */
public final class HtmlReport {

    /** The page's file name inside the report directory. */
    public static final String FILE_NAME = "index.html";

    private static final String STYLE = """
            body{font:14px/1.4 sans-serif;margin:16px;color:#1b1b1b;background:#fff}
            h1{font-size:20px}h2{font-size:17px;margin-top:28px;border-bottom:2px solid #446}h3{font-size:15px}
            table.summary{border-collapse:collapse}table.summary td,table.summary th{border:1px solid #bbb;padding:2px 8px;text-align:left}
            .ok{color:#176b2c}.bad{color:#b00020;font-weight:bold}
            .layout{display:flex;gap:16px;align-items:flex-start}
            .charts{flex:1 1 auto;min-width:0}
            .source{flex:0 0 34em;position:sticky;top:8px;max-height:95vh;overflow:auto;border:1px solid #ccc;background:#fafafa}
            .source pre{margin:0;font:12px/1.45 monospace}
            .src-line{display:block;padding:0 6px}.src-line.ran{background:#fff3c4}.src-line:target{background:#ffd27a}
            .src-no{display:inline-block;width:3em;color:#888;user-select:none}
            .chart{display:grid;gap:2px;margin:8px 0;font-size:12px}
            .chart>div{padding:3px 5px;min-height:1.6em}
            .hd{font-weight:bold;background:#e4e7f0;position:sticky;top:0}
            .num{color:#555;text-align:right;background:#f3f3f3}
            .step{background:#dfe9f7;border-left:3px solid #3b6db3;overflow-wrap:anywhere}
            .step.breach{background:#fbdada;border-left:3px solid #b00020}
            .step.in-trap{background:#efe2f7;border-left:3px solid #7b3fa8}
            .violation-marker{display:inline-block;background:#b00020;color:#fff;font-weight:bold;padding:0 5px;border-radius:3px;margin-right:4px}
            .lane{background:#fbfbfb}
            .phase{text-align:center;font-size:11px}
            .phase-not-submitted{color:#999}.phase-fresh{background:#e6f4ea}.phase-reissued{background:#fff0c2}
            .phase-queued{background:#dbe8ff}.phase-done{background:#d9f2f0}.phase-released{background:#e8e8e8}
            .trap{grid-column:1/-1;background:#7b3fa8;color:#fff;font-weight:bold}
            .initial{color:#555}
            details{margin-top:2px}summary{cursor:pointer;color:#345}
            table.fields{border-collapse:collapse;font:11px monospace}table.fields td{border-top:1px solid #ddd;padding:1px 4px;vertical-align:top}
            .replay code{background:#f0f0f0;padding:2px 4px}
            """;

    private HtmlReport() {
    }

    /** The page of {@code run}: a summary row per target, a section per target with a violation. */
    public static String render(Run run) {
        List<Row> rows = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (CheckedTarget t : run.targets()) {
            CheckResult r = t.result();
            rows.add(new Row(t.name(), verdict(r), t.expected(), t.asExpected(),
                    r.violations().isEmpty() ? Optional.empty() : Optional.of(t.name())));
            if (!r.violations().isEmpty()) {
                sections.add(new Section(t.name(), TextReport.verdictLine(r) + "; expected " + t.expected(),
                        r.violations(), r.stats().states(), Optional.of(t.replayCommand()), t.source()));
            }
        }
        return page(run.title(), rows, sections);
    }

    /**
     * A summary row.
     *
     * @param name     what was checked
     * @param verdict  its verdict
     * @param expected what it should have been
     * @param ok       whether it was
     * @param section  the name of the section below that explains it, if any
     */
    record Row(String name, String verdict, String expected, boolean ok, Optional<String> section) {
    }

    /**
     * A section: a headline and the violations it charts, beside the source they ran.
     *
     * @param name          the section's name (its id is derived from it)
     * @param headline      one line under the name
     * @param violations    the violations charted
     * @param states        the states explored (said for a violation without a path)
     * @param replayCommand the command that replays a token of these violations, if they replay
     * @param source        the source shown beside the charts
     */
    record Section(String name, String headline, List<Violation> violations, long states,
                   Optional<String> replayCommand, Optional<ScenarioSource> source) {

        Section {
            violations = List.copyOf(violations);
        }
    }

    /** The page titled {@code title} with a summary table of {@code rows} and then {@code sections}. */
    static String page(String title, List<Row> rows, List<Section> sections) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>uringcheck: ").append(esc(title)).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>uringcheck: ").append(esc(title)).append("</h1>\n");
        out.append("<table class=\"summary\">\n<tr><th>checked</th><th>verdict</th><th>expected</th><th></th></tr>\n");
        for (Row row : rows) {
            String name = row.section().map(n -> "<a href=\"#" + id("t", n) + "\">" + esc(row.name()) + "</a>")
                    .orElse(esc(row.name()));
            out.append("<tr><td>").append(name).append("</td><td>").append(esc(row.verdict())).append("</td><td>")
                    .append(esc(row.expected())).append("</td><td class=\"").append(row.ok() ? "ok" : "bad")
                    .append("\">").append(row.ok() ? "as expected" : "UNEXPECTED").append("</td></tr>\n");
        }
        out.append("</table>\n");
        for (Section section : sections) {
            section(out, section);
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static String verdict(CheckResult r) {
        return switch (r.verdict()) {
            case HOLDS -> "HOLDS";
            case VIOLATED -> "VIOLATED " + r.violations().stream().map(Violation::property).sorted().toList();
            case INCOMPLETE -> "INCOMPLETE (" + r.limitReached().orElse("not exhaustive") + ")";
        };
    }

    private static void section(StringBuilder out, Section t) {
        out.append("<section class=\"target\" id=\"").append(id("t", t.name())).append("\" data-target=\"")
                .append(esc(t.name())).append("\">\n<h2>").append(esc(t.name())).append("</h2>\n<p>")
                .append(esc(t.headline())).append("</p>\n<div class=\"layout\">\n<div class=\"charts\">\n");
        Set<Integer> ran = new TreeSet<>();
        for (Violation v : t.violations()) {
            violation(out, t, v, ran);
        }
        out.append("</div>\n");
        t.source().ifPresent(s -> source(out, t, s, ran));
        out.append("</div>\n</section>\n");
    }

    private static void violation(StringBuilder out, Section t, Violation v, Set<Integer> ran) {
        out.append("<article class=\"violation\" id=\"").append(id("v", t.name() + "-" + v.property().toString()))
                .append("\" data-property=\"").append(esc(v.property().toString())).append("\">\n<h3>")
                .append("<span class=\"violation-marker\">VIOLATED</span>").append(esc(v.property().toString())).append(" (")
                .append(esc(TextReport.label(v.kind()))).append("): ").append(esc(v.description())).append("</h3>\n");
        if (v.kind() == Property.Kind.SOMETIMES) {
            out.append("<p>No reachable state satisfies it: every one of the ")
                    .append(t.states()).append(" states was explored.</p>\n</article>\n");
            return;
        }
        Trace trace = v.trace();
        List<StepText> steps = StepText.of(trace.steps());
        List<String> lanes = Lanes.of(steps);
        CommandPhases phases = CommandPhases.of(trace, steps);
        Optional<Trap> trap = trace.trap();
        Optional<Lasso> lasso = trace.lasso();
        lasso.ifPresent(l -> out.append("<p class=\"liveness lasso\">").append(esc(lassoSummary(l, steps.size())))
                .append("</p>\n"));
        trap.ifPresent(tr -> out.append("<p class=\"liveness\">Stem: steps 1 to ").append(tr.entryStep())
                .append("; trap: from state ").append(tr.entryStep()).append(" on the goal is unreachable (")
                .append(tr.size()).append(tr.size() == 1 ? " explored state" : " explored states").append("), and ")
                .append(tr.isCycle() ? "the path returns to state " + tr.backTo() + ": a cycle"
                        : "the path ends in a dead end").append(".</p>\n"));
        out.append("<div class=\"chart\" style=\"grid-template-columns:3em repeat(").append(lanes.size())
                .append(",minmax(11em,1fr))");
        if (!phases.isEmpty()) {
            out.append(" repeat(").append(phases.commands().size()).append(",6.5em)");
        }
        out.append("\">\n<div class=\"hd\">#</div>");
        for (String lane : lanes) {
            out.append("<div class=\"hd lane-head\" data-lane=\"").append(esc(lane)).append("\">")
                    .append(esc(lane)).append("</div>");
        }
        for (int c : phases.commands()) {
            out.append("<div class=\"hd cmd-head\">cmd#").append(c).append("</div>");
        }
        out.append('\n');
        out.append("<div class=\"num\">0</div><div class=\"initial\" style=\"grid-column:span ").append(lanes.size())
                .append("\">initial state").append(fields("fields", trace.initial())).append("</div>");
        phases(out, phases, 0);
        out.append('\n');
        trapRow(out, trap, 0);
        loopRow(out, lasso, 0);
        for (StepText s : steps) {
            int n = s.step().number();
            out.append("<div class=\"num\">").append(n).append("</div>");
            for (String lane : lanes) {
                if (!lane.equals(s.lane())) {
                    out.append("<div class=\"lane\"></div>");
                    continue;
                }
                boolean inTrap = trap.isPresent() && n > trap.get().entryStep();
                boolean inLoop = lasso.isPresent() && !lasso.get().stops() && n > lasso.get().loopStart();
                out.append("<div class=\"step").append(s.breaches().isEmpty() ? "" : " breach")
                        .append(inTrap ? " in-trap" : "").append(inLoop ? " in-trap in-loop" : "")
                        .append("\" data-lane=\"").append(esc(lane))
                        .append("\" data-step=\"").append(n).append("\">");
                if (!s.breaches().isEmpty()) {
                    out.append("<span class=\"violation-marker\">VIOLATES ")
                            .append(esc(s.breaches(", "))).append("</span>");
                }
                out.append(esc(s.kernelText()));
                if (s.line() > 0) {
                    ran.add(s.line());
                    out.append(" <a class=\"line\" href=\"#").append(id("src", t.name() + "-" + s.line()))
                            .append("\">").append(esc(s.handler().orElse(""))).append(" line ").append(s.line())
                            .append("</a>");
                }
                out.append(fields("changed fields", s.step().changes())).append("</div>");
            }
            phases(out, phases, n);
            out.append('\n');
            trapRow(out, trap, n);
            loopRow(out, lasso, n);
        }
        trap.ifPresent(tr -> out.append("<div class=\"trap\">").append(tr.isCycle()
                ? "back to state " + tr.backTo() + ": a cycle that never reaches the goal"
                : "dead end: no action enabled and the goal was never reached").append("</div>\n"));
        lasso.ifPresent(l -> lassoEnd(out, l));
        out.append("</div>\n");
        if (v.replayable() && t.replayCommand().isPresent()) {
            out.append("<p class=\"replay\">replay: <code>").append(esc(t.replayCommand().get() + " "
                    + v.replayToken())).append("</code></p>\n");
        }
        out.append("</article>\n");
    }

    private static void trapRow(StringBuilder out, Optional<Trap> trap, int state) {
        trap.filter(t -> t.entryStep() == state).ifPresent(t -> out.append("<div class=\"trap\">trap entered at state ")
                .append(state).append(": the goal is unreachable from here on</div>\n"));
    }

    /** The stem, the loop (or where the run stops) and what never came, in one sentence each. */
    static String lassoSummary(Lasso l, int steps) {
        String stem = l.loopStart() == 0 ? "Stem: none (from the initial state)" : "Stem: steps 1 to " + l.loopStart();
        String rest = l.stops()
                ? "; the run stops at state " + l.loopStart() + ": nothing the kernel or userspace's exit must do is"
                        + " enabled, and the goal was never reached."
                : "; loop: steps " + (l.loopStart() + 1) + " to " + steps + ", back to state " + l.loopStart()
                        + ": a fair cycle (every kernel or exit action enabled in it is taken in it) that never"
                        + " reaches the goal.";
        String stimuli = l.neverCame().isEmpty()
                ? " No stimulus is enabled " + (l.stops() ? "there" : "in the loop") + ": userspace cannot help."
                : " Never came: " + String.join("; ", l.neverCame()) + ".";
        return stem + rest + stimuli;
    }

    private static void loopRow(StringBuilder out, Optional<Lasso> lasso, int state) {
        lasso.filter(l -> l.loopStart() == state && !l.stops()).ifPresent(l -> out.append(
                "<div class=\"trap lasso-loop\">loop from state ").append(state)
                .append(": from here on the goal never holds</div>\n"));
    }

    private static void lassoEnd(StringBuilder out, Lasso l) {
        out.append("<div class=\"trap lasso-end\">").append(l.stops()
                ? "stops here: nothing the kernel or userspace's exit must do is enabled, and the goal was never"
                        + " reached"
                : "back to state " + l.loopStart() + ": a fair cycle that never reaches the goal").append("</div>\n");
        if (l.neverCame().isEmpty()) {
            out.append("<div class=\"trap never-came\">no stimulus is enabled ")
                    .append(l.stops() ? "here" : "in the loop").append(": userspace cannot help</div>\n");
        }
        for (String stimulus : l.neverCame()) {
            out.append("<div class=\"trap never-came\">never came: ").append(esc(stimulus)).append("</div>\n");
        }
    }

    private static void phases(StringBuilder out, CommandPhases phases, int state) {
        for (int c = 0; c < phases.commands().size(); c++) {
            List<String> row = phases.phases().get(c);
            String phase = row.get(state);
            boolean changed = state > 0 && !row.get(state - 1).equals(phase);
            out.append("<div class=\"phase phase-").append(esc(phase.replace(' ', '-'))).append("\" data-command=\"")
                    .append(phases.commands().get(c)).append("\">").append(changed ? "<b>" + esc(phase) + "</b>"
                            : esc(phase)).append("</div>");
        }
    }

    private static String fields(String summary, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<details><summary>").append(summary).append(" (")
                .append(fields.size()).append(")</summary><table class=\"fields\">");
        fields.forEach((k, v) -> out.append("<tr><td>").append(esc(k)).append("</td><td>").append(esc(v)).append("</td></tr>"));
        return out.append("</table></details>").toString();
    }

    private static void source(StringBuilder out, Section t, ScenarioSource s, Set<Integer> ran) {
        out.append("<aside class=\"source\"><h3>").append(esc(s.path())).append("</h3><pre>");
        List<String> lines = s.lines();
        for (int i = 0; i < lines.size(); i++) {
            OptionalInt n = s.scenarioLine(i + 1);
            out.append("<span class=\"src-line").append(n.isPresent() && ran.contains(n.getAsInt()) ? " ran" : "")
                    .append('"');
            if (n.isPresent()) {
                out.append(" id=\"").append(id("src", t.name() + "-" + n.getAsInt())).append('"');
            }
            out.append("><span class=\"src-no\">").append(i + 1).append("</span>").append(esc(lines.get(i)))
                    .append("</span>");
        }
        out.append("</pre></aside>\n");
    }

    /** An element id from a prefix and a name: letters, digits and dashes only. */
    static String id(String prefix, String name) {
        return prefix + "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }
}
