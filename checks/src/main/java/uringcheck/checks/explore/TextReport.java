package uringcheck.checks.explore;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import uringcheck.model.Property;

/**
 * Renders a {@link CheckResult} as the text the CLI prints. The output is a deterministic function of
 * the result except for its last line, which starts with {@link #TIME_LINE_PREFIX} and carries the only
 * timings; tests and golden files drop that line.
 *
 * <p>A counterexample reads like TLC's: {@code 0. initial:} with every field, then numbered steps
 * {@code n. actor: action} followed by the fields that changed ({@code name: old -> new}). An
 * always-recoverable counterexample marks where the trap is entered and ends with "back to state k" (a
 * cycle) or "dead end". An eventually counterexample is a lasso: its stem, then "loop from state k"
 * marks where the loop starts, and it ends with "back to state k" or "stops here", followed by the
 * stimuli that never came. Each counterexample ends with its replay command and its action path
 * ({@link ActionPath#readable()}).
 */
public final class TextReport {

    /** The prefix of the one line holding timings. */
    public static final String TIME_LINE_PREFIX = "time: ";

    private TextReport() {
    }

    /** The command a report tells the reader to run for a token, for a target of the built-in catalogue. */
    public static final String REPLAY_COMMAND = "./uringcheck replay";

    /** The full report: header, every violation with its trace and replay command, verdict, statistics. */
    public static String render(CheckResult result) {
        return render(result, REPLAY_COMMAND);
    }

    /**
     * The full report, whose replay lines read {@code replay: <replayCommand> <token>} (e.g. with
     * {@code --scenario FILE} for a model read from a scenario file).
     */
    public static String render(CheckResult result, String replayCommand) {
        StringBuilder out = new StringBuilder();
        out.append("model: ").append(result.modelName()).append(", search: ").append(result.search()).append('\n');
        for (Violation v : result.violations()) {
            renderViolation(out, v, result.stats().states(), replayCommand);
        }
        out.append(verdictLine(result)).append('\n');
        Stats s = result.stats();
        out.append(String.format(Locale.ROOT,
                "states: %d, transitions: %d, depth: %d, store: %.1f bytes/state, "
                        + "fingerprint collision probability <= %.1E%n",
                s.states(), s.transitions(), s.maxDepth(), s.bytesPerState(), s.collisionProbability()));
        out.append(String.format(Locale.ROOT, "%s%.3f s (%.0f states/s)%n", TIME_LINE_PREFIX,
                s.elapsedNanos() / 1e9, s.statesPerSecond()));
        return out.toString();
    }

    /** The one-line verdict, e.g. {@code verdict: VIOLATED (1 of 4 properties violated; exhaustive)}. */
    public static String verdictLine(CheckResult result) {
        String scope = result.exhaustive() ? "exhaustive"
                : "search incomplete: " + result.limitReached().orElse("not exhaustive");
        return switch (result.verdict()) {
            case HOLDS -> "verdict: HOLDS (every property holds; " + scope + ")";
            case VIOLATED -> "verdict: VIOLATED (" + result.violations().size() + " violated: "
                    + result.violations().stream().map(v -> v.property().toString()).collect(Collectors.joining(", "))
                    + "; " + scope + ")";
            case INCOMPLETE -> "verdict: INCOMPLETE (" + result.limitReached().orElse("not exhaustive")
                    + "; no violation in the explored part)";
        };
    }

    /** The label of a property kind in reports. */
    public static String label(Property.Kind kind) {
        return switch (kind) {
            case ALWAYS -> "always";
            case AT_QUIESCENCE -> "at quiescence";
            case ALWAYS_RECOVERABLE -> "always recoverable";
            case EVENTUALLY -> "eventually, fairly";
            case SOMETIMES -> "sometimes";
        };
    }

    private static void renderViolation(StringBuilder out, Violation v, long states, String replayCommand) {
        out.append("VIOLATED ").append(v.property()).append(" (").append(label(v.kind())).append("): ")
                .append(v.description()).append('\n');
        Trace trace = v.trace();
        if (v.kind() == Property.Kind.SOMETIMES) {
            out.append("  no reachable state satisfies it (all ").append(states).append(" states explored)\n");
            return;
        }
        out.append("  0. initial: ").append(join(trace.initial())).append('\n');
        trap(out, trace, 0);
        for (TraceStep step : trace.steps()) {
            out.append("  ").append(step.number()).append(". ");
            if (!step.actor().isEmpty()) {
                out.append(step.actor()).append(": ");
            }
            out.append(step.action()).append('\n');
            if (step.changes().isEmpty()) {
                out.append("       (no field changed)\n");
            }
            for (Map.Entry<String, String> change : step.changes().entrySet()) {
                out.append("       ").append(change.getKey()).append(": ").append(change.getValue()).append('\n');
            }
            trap(out, trace, step.number());
        }
        trace.trap().ifPresent(t -> out.append(t.isCycle()
                ? "     back to state " + t.backTo() + ": a cycle that never reaches the goal\n"
                : "     dead end: no action enabled and the goal was never reached\n"));
        trace.lasso().ifPresent(l -> lassoEnd(out, l));
        out.append("  replay: ").append(replayCommand).append(' ').append(v.replayToken()).append('\n');
        out.append("  path: ").append(trace.path().readable()).append('\n');
    }

    private static void lassoEnd(StringBuilder out, Lasso lasso) {
        out.append(lasso.stops()
                ? "     stops here: nothing the kernel or userspace's exit must do is enabled, and the goal was"
                        + " never reached\n"
                : "     back to state " + lasso.loopStart()
                        + ": a fair cycle (every kernel or exit action enabled in it is taken in it) that never reaches"
                        + " the goal\n");
        if (lasso.neverCame().isEmpty()) {
            out.append("     no stimulus is enabled ").append(lasso.stops() ? "here" : "in the loop")
                    .append(": userspace cannot help\n");
        }
        for (String stimulus : lasso.neverCame()) {
            out.append("     never came: ").append(stimulus).append('\n');
        }
    }

    private static void trap(StringBuilder out, Trace trace, int step) {
        trace.trap().filter(t -> t.entryStep() == step).ifPresent(t -> out.append("     trap entered at state ")
                .append(step).append(": the goal is unreachable from ").append(t.size())
                .append(t.size() == 1 ? " explored state\n" : " explored states\n"));
        trace.lasso().filter(l -> l.loopStart() == step && !l.stops())
                .ifPresent(l -> out.append("     loop from state ").append(step)
                        .append(": from here on the goal never holds\n"));
    }

    private static String join(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
