package uringcheck.model.toy;

/**
 * The program counter of one completer of the {@link Completers} model. Each constant is one control
 * state of the Promela {@code completer} process in {@code bench/completers.pml}, so SPIN's process
 * state and this one correspond one to one. The ordinal is the 3-bit code packed into
 * {@link CompletersState}. {@link #EXITED} is the last constant, code 7 (all three bits set), which
 * lets {@link Completers#actions} count the exited completers of a state with a few bit operations.
 */
public enum Pc {
    /** Before {@code res[me] = me + 1}: the completer's context has not run yet. */
    START,
    /** Before {@code refs++}: the completion result is computed. */
    PREPARED,
    /** At the claim ({@code if}): the completer holds a reference on the request. */
    HOLDING,
    /** {@link ClaimVariant#RACY} only: saw {@code owner == 0}, has not written {@code owner} yet. */
    CHECKED,
    /** Owns the completion; before {@code io_uring_cmd_done}. */
    OWNER,
    /** Called done; before posting the CQE. */
    COMPLETED,
    /** Before {@code refs--}: winners after posting the CQE, losers right after losing the claim. */
    RELEASING,
    /** At the {@code end} label: finished; no step is enabled. */
    EXITED;

    private static final Pc[] BY_CODE = values();

    /** The constant with ordinal {@code code}. */
    static Pc of(int code) {
        return BY_CODE[code];
    }
}
