package uringcheck.model.toy;

/**
 * How a completer of the {@link Completers} model claims the single completion of the command.
 */
public enum ClaimVariant {
    /**
     * Check, then act, in two steps: read {@code owner == 0}, then write {@code owner}. Two completers
     * can both pass the check before either writes, and both call done: the double completion that
     * O1 forbids (the shape of commit f1bb0fd63c37's bug, SPEC §3 item 1).
     */
    RACY,
    /**
     * One compare-and-set step: {@code owner == 0 -> owner = me}, as {@code test_and_set_bit} or
     * {@code cmpxchg} on a driver's per-command state. Exactly one completer wins, for any N.
     */
    CLAIM
}
