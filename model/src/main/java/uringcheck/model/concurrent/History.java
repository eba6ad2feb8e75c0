package uringcheck.model.concurrent;

import java.util.ArrayDeque;
import java.util.List;
import uringcheck.model.rules.ExecContext;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;

/**
 * The bounded, thread-safe log of the moves made on one request slot, across its generations (so a
 * stale handle's report shows the previous life). Keeps the last {@link #CAPACITY} entries; an entry is
 * appended right after its move's compare-and-set, so two racing moves may be logged in either order,
 * each with its own phases and generation.
 */
public final class History {
    /** How many entries are kept. */
    public static final int CAPACITY = 32;

    private final ArrayDeque<HistoryEntry> entries = new ArrayDeque<>();
    private long nextSeq;

    synchronized void add(int generation, Transition transition, Phase from, Phase to, ExecContext context,
            int issueFlags) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(new HistoryEntry(nextSeq++, generation, transition, from, to,
                Thread.currentThread().getName(), context, issueFlags));
    }

    /** A copy of the kept entries, oldest first. */
    public synchronized List<HistoryEntry> entries() {
        return List.copyOf(entries);
    }
}
