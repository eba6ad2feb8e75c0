package uringcheck.checks.soundness;

import java.util.Optional;

import uringcheck.model.Obligation;

/**
 * The holes of SPEC §7 the sweep looks for, each recognised from the obligation a program breaks and the
 * model's message for the breach (the messages are the lifecycle model's, see
 * {@code uringcheck.model.lifecycle.interp}). Under an abstraction where handles move, a double
 * completion (O1), a touch after done (O3), a completion while task work is pending (O4) or two owners
 * (O12) can only come from a handle that escaped an issue which did not return {@code -EIOCBQUEUED}: A.
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

    /** The hole a breach of {@code obligation} with model message {@code message} shows, if any. */
    public static Optional<Hole> classify(Obligation obligation, String message) {
        return switch (obligation) {
            case O1, O3, O4, O12 -> Optional.of(A);
            case O13 -> Optional.of(message.contains("Queued token minted for") ? B : C);
            case O8 -> Optional.of(C);
            case O5 -> Optional.of(D);
            case O6 -> message.contains("zeroes the PDU") ? Optional.of(E) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
