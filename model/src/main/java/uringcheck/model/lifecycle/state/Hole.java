package uringcheck.model.lifecycle.state;

/**
 * The holes of the seed abstraction that SPEC §7 lists (A-E), each a way safe Rust driver code reaches
 * a breach. A {@link Cause} names the hole it shows, where there is one: under an abstraction where
 * handles move, a double completion, a touch after done, a completion while task work is pending or two
 * owners can only come from a handle that escaped an issue which did not return {@code -EIOCBQUEUED} (A).
 */
public enum Hole {
    /** SPEC §7 A: a handle outlives an issue that returned something else than -EIOCBQUEUED. */
    A("escape via Err: a queued handle outlives an issue that returned a synchronous result or -EAGAIN"),
    /** SPEC §7 B: a Queued token of one command returned for another. */
    B("QueuedAction is not tied to its command: a token kept from one command is returned for another"),
    /** SPEC §7 C: reserved return codes outside their meaning. */
    C("complete(-EIOCBQUEUED) / Err(EIOCBQUEUED) / -EAGAIN where it cannot mean retry"),
    /** SPEC §7 D: done takes any issue-flags mask. */
    D("done takes any issue_flags mask on a Send handle"),
    /** SPEC §7 E: the vtable zeroes the PDU on a re-entry without REISSUE. */
    E("PDU zeroing keyed only on REISSUE erases live state on a re-entry (a cancel call)");

    private final String title;

    Hole(String title) {
        this.title = title;
    }

    /** What the hole is, in one line. */
    public String title() {
        return title;
    }
}
