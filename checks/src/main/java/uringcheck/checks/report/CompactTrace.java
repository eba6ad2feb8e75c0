package uringcheck.checks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uringcheck.checks.explore.Trace;
import uringcheck.checks.explore.Violation;
import uringcheck.model.Property;

/**
 * A counterexample in one line per step, at most {@link #WIDTH} columns, for pasting into a mailing-list
 * reply, drawn the way races are drawn in commit messages: a header naming the context lanes as columns,
 * then per step its number, the scenario line it ran ({@code -} for none) and its kernel text written from
 * the acting context's column on, cut to fit. A step that breaches an obligation starts its text with
 * {@code VIOLATES} and the obligations; a liveness counterexample marks where its trap (or its lasso's
 * loop, with the stimuli that never came) starts and how it
 * ends (cycle or dead end), as {@link uringcheck.checks.explore.TextReport} does.
 *
 * <p>Example (the start of P8's O1 trace):
 * <pre>
 *   #  line  userspace      submitter      kworker        ring-exit
 *   1     -  io_submit_sqes: io_uring_cmd_prep takes request slot 0 from free_list for cmd#0 (pdu=0...
 *   2    15                 queue(cmd#0) gives a queued handle and a Queued token
 * </pre>
 */
public final class CompactTrace {

    /** The widest line this form prints. */
    public static final int WIDTH = 100;

    private static final int MAX_LANE = 15;
    private static final int MIN_LANE = 4;
    private static final int MIN_TEXT = 40;
    private static final String ELLIPSIS = "...";

    private CompactTrace() {
    }

    /** The lines of {@code v}'s counterexample, each starting with {@code indent}, none wider than {@link #WIDTH}. */
    public static List<String> render(Violation v, String indent) {
        List<String> out = new ArrayList<>();
        Trace trace = v.trace();
        if (v.kind() == Property.Kind.SOMETIMES) {
            out.add(fit(indent + "no reachable state satisfies it (every state explored)"));
            return out;
        }
        List<StepText> steps = StepText.of(trace.steps());
        List<String> lanes = Lanes.of(steps);
        int prefix = indent.length() + 10;
        int laneWidth = lanes.size() <= 1 ? MAX_LANE
                : Math.max(MIN_LANE, Math.min(MAX_LANE, (WIDTH - prefix - MIN_TEXT) / (lanes.size() - 1)));
        StringBuilder header = new StringBuilder(indent).append("  #  line  ");
        for (String lane : lanes) {
            header.append(pad(cut(lane, laneWidth - 1), laneWidth));
        }
        out.add(fit(header.toString()));
        if (steps.isEmpty()) {
            out.add(fit(indent + "  0  the initial state already violates it"));
        }
        trap(out, trace, 0, indent);
        for (StepText s : steps) {
            StringBuilder line = new StringBuilder(indent).append(String.format(Locale.ROOT, "%3d  %4s  ",
                    s.step().number(), s.line() > 0 ? Integer.toString(s.line()) : "-"));
            line.append(" ".repeat(lanes.indexOf(s.lane()) * laneWidth));
            String did = s.action();
            if (did.isEmpty()) {
                line.append(s.kernelText());
            } else {
                if (!s.breaches().isEmpty()) {
                    line.append("VIOLATES ").append(s.breaches(",")).append(": ");
                }
                line.append(did);
            }
            out.add(fit(line.toString()));
            trap(out, trace, s.step().number(), indent);
        }
        trace.trap().ifPresent(t -> out.add(fit(indent + "     " + (t.isCycle()
                ? "--- back to state " + t.backTo() + ": a cycle that never reaches the goal"
                : "--- dead end: no action enabled, the goal never reached"))));
        trace.lasso().ifPresent(l -> {
            out.add(fit(indent + "     " + (l.stops()
                    ? "--- stops here: nothing the kernel or userspace's exit must do is enabled"
                    : "--- back to state " + l.loopStart() + ": a fair cycle that never reaches the goal")));
            l.neverCame().forEach(stimulus -> out.add(fit(indent + "     --- never came: " + stimulus)));
        });
        return out;
    }

    private static void trap(List<String> out, Trace trace, int state, String indent) {
        trace.lasso().filter(l -> l.loopStart() == state && !l.stops()).ifPresent(l -> out.add(fit(indent
                + "     --- loop from state " + state + ": from here on the goal never holds")));
        trace.trap().filter(t -> t.entryStep() == state).ifPresent(t -> out.add(fit(indent + "     --- trap entered at"
                + " state " + state + ": the goal is unreachable from " + t.size()
                + (t.size() == 1 ? " explored state" : " explored states"))));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }

    private static String fit(String line) {
        String trimmed = line.stripTrailing();
        return trimmed.length() <= WIDTH ? trimmed : trimmed.substring(0, WIDTH - ELLIPSIS.length()) + ELLIPSIS;
    }
}
