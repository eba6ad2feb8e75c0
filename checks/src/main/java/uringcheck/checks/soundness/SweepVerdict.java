package uringcheck.checks.soundness;

/** The outcome of a soundness sweep. */
public enum SweepVerdict {
    /** No program up to the bound breaks a safety obligation, and every program was checked exhaustively. */
    SOUND,
    /** Some program up to the bound breaks a safety obligation: the abstraction has a hole. */
    UNSOUND,
    /** No hole found, but a limit cut some program's search short: no proof. */
    INCOMPLETE
}
