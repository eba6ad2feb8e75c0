package uringcheck.model.concurrent;

import uringcheck.model.rules.ExecContext;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;

/**
 * One move made on a request: which transition, the phases before and after, the generation it was
 * made in, and who made it (thread name, {@link ExecContext}, the issue_flags of the call).
 */
public record HistoryEntry(long seq, int generation, Transition transition, Phase from, Phase to,
        String thread, ExecContext context, int issueFlags) {

    /** One line for violation messages: {@code #3 gen 1 QUEUE fresh->queued by submitter (C1, NONBLOCK|...)}. */
    public String render() {
        return "#" + seq + " gen " + generation + " " + transition + " " + from.label() + "->" + to.label()
                + " by " + thread + " (" + context + ", " + IssueFlags.render(issueFlags) + ")";
    }
}
