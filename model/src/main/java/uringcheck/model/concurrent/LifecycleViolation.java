package uringcheck.model.concurrent;

import java.util.List;
import java.util.function.Supplier;
import uringcheck.model.Obligation;

/**
 * Thrown by the runtime when a move or a call breaks the lifecycle: an illegal phase move (checked
 * against {@link uringcheck.model.rules.TransitionTable}), a stale handle, a second pending task
 * work, or a flag/lock discipline breach. Names the obligations broken (the primary one first) and
 * carries the history of the request it happened on. The message is rendered on first use, so a
 * caller that only reads {@link #obligation()} (a Lincheck operation, a jcstress actor) pays nothing for it.
 */
public final class LifecycleViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Obligation> obligations;
    private final int requestIndex;
    private final transient List<HistoryEntry> history;
    private final transient Supplier<String> what;
    private String message;

    LifecycleViolation(List<Obligation> obligations, Supplier<String> what, int requestIndex,
            List<HistoryEntry> history) {
        this.obligations = List.copyOf(obligations);
        this.what = what;
        this.requestIndex = requestIndex;
        this.history = history;
    }

    @Override
    public synchronized String getMessage() {
        if (message == null) {
            message = render(obligations, what.get(), requestIndex, history);
        }
        return message;
    }

    /** The primary obligation broken. */
    public Obligation obligation() {
        return obligations.get(0);
    }

    /** Every obligation broken, the primary one first. */
    public List<Obligation> obligations() {
        return obligations;
    }

    /** The index of the request slot the violation happened on. */
    public int requestIndex() {
        return requestIndex;
    }

    /** The request's history at the time of the violation, oldest first. */
    public List<HistoryEntry> history() {
        return history;
    }

    private static String render(List<Obligation> obligations, String what, int requestIndex,
            List<HistoryEntry> history) {
        StringBuilder out = new StringBuilder();
        out.append(obligations.get(0).name()).append(" broken");
        if (obligations.size() > 1) {
            out.append(" (also");
            for (Obligation o : obligations.subList(1, obligations.size())) {
                out.append(' ').append(o.name());
            }
            out.append(')');
        }
        out.append(": ").append(what);
        for (Obligation o : obligations) {
            out.append("\n  ").append(o.name()).append(": ").append(o.statement());
        }
        out.append("\n  history of request #").append(requestIndex).append(" (oldest first):");
        for (HistoryEntry entry : history) {
            out.append("\n    ").append(entry.render());
        }
        return out.toString();
    }
}
