package uringcheck.model.toy;

/**
 * One atomic step of a completer in the {@link Completers} model: one Promela statement (or one
 * {@code d_step}) of {@code bench/completers.pml}, which SPIN also counts as one transition.
 */
public enum Step {
    /** {@code res[me] = me + 1}: the completer computes its completion result. START to PREPARED. */
    PREPARE("compute the result"),
    /** {@code refs++}: take a reference on the request. PREPARED to HOLDING. */
    GET("take a reference"),
    /** {@code owner == 0} as a guard, RACY only: the check of check-then-act. HOLDING to CHECKED. */
    CHECK("see the command unclaimed"),
    /** {@code owner = me + 1}, RACY only: the act of check-then-act. CHECKED to OWNER. */
    SET_OWNER("write owner"),
    /** {@code d_step { owner == 0 -> owner = me + 1 }}, CLAIM only: compare-and-set. HOLDING to OWNER. */
    CLAIM("claim the completion (compare-and-set)"),
    /** {@code else}: someone else owns the completion, so this completer backs off. HOLDING to RELEASING. */
    LOSE("lose the claim"),
    /** {@code d_step { completions++; assert(completions <= 1) }}: io_uring_cmd_done. OWNER to COMPLETED. */
    COMPLETE("io_uring_cmd_done"),
    /** {@code cqes++}: the flush posts the CQE. COMPLETED to RELEASING. */
    POST_CQE("post the CQE"),
    /** {@code refs--}: drop the reference. RELEASING to EXITED. */
    PUT("drop the reference");

    private final String text;

    Step(String text) {
        this.text = text;
    }

    /** What the step does, for traces. */
    public String text() {
        return text;
    }
}
