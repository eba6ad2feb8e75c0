package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uringcheck.checks.explore.Trace;
import uringcheck.checks.explore.TraceStep;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.state.Hole;

/**
 * Renders sweep results as text, Markdown (a report a reviewer can paste into a reply) or JSON. Every
 * line is a deterministic function of the results except the lines starting with
 * {@value #TIME_LINE_PREFIX} (text, Markdown) and the {@code elapsedSeconds} / {@code cpuSeconds} fields
 * (JSON), which carry the only timings.
 */
public final class SoundnessReport {

    /** The prefix of the lines holding timings. */
    public static final String TIME_LINE_PREFIX = "time: ";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SoundnessReport() {
    }

    /** The formats. */
    public enum Format {
        TEXT, MD, JSON
    }

    /** {@code results} in {@code format}; {@code cpuNanos} per result, same order. */
    public static String render(List<SweepResult> results, List<Long> cpuNanos, Format format) {
        return switch (format) {
            case TEXT -> text(results, cpuNanos, false);
            case MD -> text(results, cpuNanos, true);
            case JSON -> json(results, cpuNanos);
        };
    }

    private static String text(List<SweepResult> results, List<Long> cpuNanos, boolean md) {
        StringBuilder out = new StringBuilder();
        if (md) {
            out.append("# Soundness of the io_uring uring_cmd Rust abstraction: bounded sweep\n\n")
                    .append("Every driver program the abstraction's safe API can express over the vocabulary of"
                            + " docs/soundness.md, up to the bound, checked exhaustively in: ")
                    .append(SweepVocabulary.describeEnvironment()).append(".\n");
        }
        for (int i = 0; i < results.size(); i++) {
            abstraction(out, results.get(i), cpuNanos.get(i), md);
        }
        return out.toString();
    }

    private static void abstraction(StringBuilder out, SweepResult r, long cpu, boolean md) {
        String name = r.abstraction().name().toLowerCase(Locale.ROOT);
        if (md) {
            out.append("\n## ").append(name).append(": ").append(r.verdict()).append(" up to L = ")
                    .append(r.maxStatements()).append("\n\n");
        } else {
            out.append("soundness sweep: abstraction ").append(name).append(", at most ").append(r.maxStatements())
                    .append(" statements per handler\n");
            out.append("environment: ").append(SweepVocabulary.describeEnvironment()).append('\n');
        }
        String bullet = md ? "- " : "";
        if (r.language() != SweepVocabulary.Language.BASE) {
            out.append(bullet).append("vocabulary: ").append(SweepVocabulary.describe(r.language())).append('\n');
        }
        out.append(bullet).append(String.format(Locale.ROOT,
                "programs: %d compile (of %d assembled), %d pruned, %d checked; states: %d; transitions: %d%n",
                r.programs(), r.candidates(), r.pruned(), r.checked(), r.states(), r.transitions()));
        out.append(bullet).append("verdict: ").append(verdictLine(r)).append('\n');
        for (String s : r.incomplete()) {
            out.append(bullet).append("incomplete: ").append(s).append('\n');
        }
        if (md) {
            out.append("\n### Holes of SPEC §7\n\n| hole | what | obligation | program | statements | smallest L |\n")
                    .append("|---|---|---|---|---|---|\n");
        } else {
            out.append("holes (SPEC §7):\n");
        }
        for (Hole h : Hole.values()) {
            Finding f = r.holes().get(h);
            if (md) {
                out.append("| ").append(h).append(" | ").append(h.title()).append(" | ")
                        .append(f == null ? "not found" : f.obligation().name()).append(" | ")
                        .append(f == null ? "" : f.program().name()).append(" | ")
                        .append(f == null ? "" : Integer.toString(f.program().statements())).append(" | ")
                        .append(f == null ? "" : Integer.toString(f.minimalL())).append(" |\n");
            } else {
                out.append("  ").append(h).append(' ').append(f == null ? "not found up to L=" + r.maxStatements()
                        : "found: " + f.obligation().name() + " by " + f.program().name() + " ("
                        + statements(f.program().statements()) + ", smallest L " + f.minimalL() + ")")
                        .append(" -- ").append(h.title()).append('\n');
            }
        }
        if (md) {
            out.append("\n### Obligations broken\n\n| obligation | kind | program | statements | smallest L |\n")
                    .append("|---|---|---|---|---|\n");
        } else {
            out.append("obligations broken:\n");
        }
        for (Map.Entry<Obligation, Finding> e : r.findings().entrySet()) {
            Finding f = e.getValue();
            String kind = SweepResult.LIVENESS.contains(e.getKey()) ? "liveness (the driver's to keep)" : "safety";
            if (md) {
                out.append("| ").append(e.getKey().name()).append(" | ").append(kind).append(" | ")
                        .append(f.program().name()).append(" | ").append(f.program().statements()).append(" | ")
                        .append(f.minimalL()).append(" |\n");
            } else {
                out.append("  ").append(e.getKey().name()).append(" (").append(kind).append("): ")
                        .append(f.program().name()).append(" (").append(statements(f.program().statements()))
                        .append(", smallest L ").append(f.minimalL()).append(")\n");
            }
        }
        if (r.findings().isEmpty()) {
            out.append(md ? "\nNone: " : "  none: ").append(String.format(Locale.ROOT,
                    "every one of the %d programs (%d checked, %d pruned) keeps every obligation in all %d states.%n",
                    r.programs(), r.checked(), r.pruned(), r.states()));
        }
        Set<String> shown = new LinkedHashSet<>();
        for (Hole h : Hole.values()) {
            Finding f = r.holes().get(h);
            if (f != null) {
                detail(out, "hole " + h + ": " + h.title(), f, md);
                shown.add(f.program().number() + "/" + f.obligation());
            }
        }
        for (Finding f : r.findings().values()) {
            if (shown.add(f.program().number() + "/" + f.obligation())) {
                detail(out, f.obligation().name() + ": " + f.obligation().statement(), f, md);
            }
        }
        out.append(md ? "\n" : "").append(String.format(Locale.ROOT, "%s%s L=%d: %.3f s wall, %.3f s cpu%n",
                TIME_LINE_PREFIX, name, r.maxStatements(), r.elapsedNanos() / 1e9, cpu / 1e9));
        if (!md) {
            out.append('\n');
        }
    }

    /** The verdict in one line. */
    public static String verdictLine(SweepResult r) {
        return switch (r.verdict()) {
            case SOUND -> "SOUND up to " + r.maxStatements() + " statements per handler (no safety obligation broken"
                    + " by any program; every search exhaustive)";
            case UNSOUND -> "UNSOUND (safety obligations broken: " + r.findings().keySet().stream()
                    .filter(o -> !SweepResult.LIVENESS.contains(o)).map(Obligation::name)
                    .collect(Collectors.joining(", ")) + ")";
            case INCOMPLETE -> "INCOMPLETE (no hole found, but " + r.incomplete().size()
                    + " program searches hit a limit)";
        };
    }

    private static void detail(StringBuilder out, String title, Finding f, boolean md) {
        SweptProgram p = f.program();
        if (md) {
            out.append("\n### ").append(title).append("\n\n");
            out.append("Breaks ").append(f.obligation().name()).append(" (").append(f.obligation().statement())
                    .append("). Program ").append(p.name()).append(", ").append(statements(p.statements()))
                    .append(":\n\n```rust\n").append(RustPrinter.render(p.abstraction(), p.driver()))
                    .append("```\n\nShortest interleaving (").append(f.violation().trace().length())
                    .append(" steps):\n\n```\n");
            trace(out, f.violation().trace(), "");
            out.append("```\n");
            if (!f.message().isEmpty()) {
                out.append("\nThe model's message: ").append(f.message()).append('\n');
            }
            return;
        }
        out.append("== ").append(title).append('\n');
        out.append("breaks ").append(f.obligation().name()).append("; program ").append(p.name()).append(" (")
                .append(statements(p.statements())).append("):\n");
        for (String line : RustPrinter.render(p.abstraction(), p.driver()).split("\n")) {
            out.append("  ").append(line).append('\n');
        }
        out.append("shortest interleaving (").append(f.violation().trace().length()).append(" steps):\n");
        trace(out, f.violation().trace(), "  ");
        if (!f.message().isEmpty()) {
            out.append("  breach: ").append(f.message()).append('\n');
        }
    }

    private static String statements(int n) {
        return n == 1 ? "1 statement" : n + " statements";
    }

    /** {@code trace} as the reports print it, each line prefixed by {@code indent}. */
    public static String renderTrace(Trace trace, String indent) {
        StringBuilder out = new StringBuilder();
        trace(out, trace, indent);
        return out.toString();
    }

    private static void trace(StringBuilder out, Trace trace, String indent) {
        out.append(indent).append("0. initial: ").append(trace.initial().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        for (TraceStep step : trace.steps()) {
            out.append(indent).append(step.number()).append(". ");
            if (!step.actor().isEmpty()) {
                out.append(step.actor()).append(": ");
            }
            out.append(step.action()).append('\n');
            for (Map.Entry<String, String> c : step.changes().entrySet()) {
                out.append(indent).append("     ").append(c.getKey()).append(": ").append(c.getValue()).append('\n');
            }
        }
        trace.trap().ifPresent(t -> out.append(indent).append(t.isCycle()
                ? "   trap entered at state " + t.entryStep() + "; back to state " + t.backTo()
                        + ": a cycle that never reaches the goal\n"
                : "   trap entered at state " + t.entryStep() + "; dead end: the goal is never reached\n"));
    }

    private static String json(List<SweepResult> results, List<Long> cpuNanos) {
        ArrayNode array = MAPPER.createArrayNode();
        for (int i = 0; i < results.size(); i++) {
            SweepResult r = results.get(i);
            ObjectNode node = array.addObject();
            node.put("abstraction", r.abstraction().name().toLowerCase(Locale.ROOT));
            node.put("maxStatements", r.maxStatements());
            if (r.language() != SweepVocabulary.Language.BASE) {
                node.put("vocabulary", r.language().name().toLowerCase(Locale.ROOT));
            }
            node.put("verdict", r.verdict().name());
            node.put("assembled", r.candidates());
            node.put("programs", r.programs());
            node.put("pruned", r.pruned());
            node.put("checked", r.checked());
            node.put("states", r.states());
            node.put("transitions", r.transitions());
            ArrayNode incomplete = node.putArray("incomplete");
            r.incomplete().forEach(incomplete::add);
            ObjectNode holes = node.putObject("holes");
            for (Hole h : Hole.values()) {
                Finding f = r.holes().get(h);
                holes.set(h.name(), f == null ? null : finding(f));
            }
            ObjectNode obligations = node.putObject("obligations");
            for (Map.Entry<Obligation, Finding> e : r.findings().entrySet()) {
                ObjectNode f = finding(e.getValue());
                f.put("liveness", SweepResult.LIVENESS.contains(e.getKey()));
                obligations.set(e.getKey().name(), f);
            }
            node.put("elapsedSeconds", r.elapsedNanos() / 1e9);
            node.put("cpuSeconds", cpuNanos.get(i) / 1e9);
        }
        try {
            return MAPPER.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("obligation", f.obligation().name());
        out.put("program", f.program().name());
        out.put("statements", f.program().statements());
        out.put("smallestL", f.minimalL());
        out.put("rust", RustPrinter.render(f.program().abstraction(), f.program().driver()));
        out.put("message", f.message());
        ArrayNode steps = out.putArray("trace");
        List<String> lines = new ArrayList<>();
        for (TraceStep s : f.violation().trace().steps()) {
            lines.add(s.number() + ". " + (s.actor().isEmpty() ? "" : s.actor() + ": ") + s.action());
        }
        lines.forEach(steps::add);
        return out;
    }
}
