package uringcheck.checks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uringcheck.checks.explore.TraceStep;

/**
 * One trace step read for reports: its kernel text without the scenario location, the scenario handler
 * and line it executed, the obligations it breaches and the command phase moves it makes. The lifecycle
 * model writes a step's description as clauses joined by {@code "; "} ({@code World.say}), a breach as
 * the clause {@code VIOLATES On: message} ({@code World.fault}), a phase move as
 * {@code cmd#k from → to} ({@code World.move}, SPEC §3) and the location as a final
 * {@code " [handler line n]"} ({@code World.at}); steps of other models simply have none of these.
 *
 * @param step       the step read
 * @param kernelText the description without the location
 * @param handler    the scenario handler the step ran, if any
 * @param line       the scenario line it ran (0 when the step ran no scenario statement)
 * @param breaches   the obligations breached at this step, in the order the model says them
 * @param moves      the command phase moves made at this step, in order
 */
public record StepText(TraceStep step, String kernelText, Optional<String> handler, int line, List<String> breaches,
                       List<PhaseMove> moves) {

    private static final Pattern LOCATION = Pattern.compile(" \\[([A-Za-z0-9_]+)(?: line (\\d+))?]$");
    private static final Pattern BREACH = Pattern.compile("VIOLATES ([A-Za-z0-9?_-]+): ");
    private static final Pattern MOVE = Pattern.compile("^cmd#(\\d+) ([a-z]+) → ([a-z]+)");

    public StepText {
        breaches = List.copyOf(breaches);
        moves = List.copyOf(moves);
    }

    /**
     * A command's phase move at a step.
     *
     * @param command the command number ({@code cmd#k})
     * @param from    the phase before, as printed ({@code fresh}, {@code queued}, ...)
     * @param to      the phase after
     */
    public record PhaseMove(int command, String from, String to) {
    }

    /** Reads {@code step}. */
    public static StepText of(TraceStep step) {
        String text = step.action();
        Optional<String> handler = Optional.empty();
        int line = 0;
        Matcher at = LOCATION.matcher(text);
        if (at.find()) {
            handler = Optional.of(at.group(1));
            line = at.group(2) == null ? 0 : Integer.parseInt(at.group(2));
            text = text.substring(0, at.start());
        }
        List<String> breaches = new ArrayList<>();
        List<PhaseMove> moves = new ArrayList<>();
        for (String clause : text.split("; ")) {
            Matcher b = BREACH.matcher(clause);
            if (b.lookingAt() && !breaches.contains(b.group(1))) {
                breaches.add(b.group(1));
            }
            Matcher m = MOVE.matcher(clause);
            if (m.lookingAt()) {
                moves.add(new PhaseMove(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
            }
        }
        return new StepText(step, text, handler, line, breaches, moves);
    }

    /** Reads every step of {@code steps}. */
    public static List<StepText> of(List<TraceStep> steps) {
        List<StepText> out = new ArrayList<>();
        for (TraceStep s : steps) {
            out.add(of(s));
        }
        return out;
    }

    /** The kernel text up to the first breach clause: what the step did, without why it is wrong. */
    public String action() {
        int v = kernelText.indexOf("; VIOLATES ");
        if (v >= 0) {
            return kernelText.substring(0, v);
        }
        return kernelText.startsWith("VIOLATES ") ? "" : kernelText;
    }

    /** The actor's lane name ({@code (model)} when the model names no actor). */
    public String lane() {
        return step.actor().isEmpty() ? Lanes.NO_ACTOR : step.actor();
    }
}
