package uringcheck.checks.explore;

/** The outcome of a check. */
public enum Verdict {
    /** Every property holds on the whole reachable state space (the search was exhaustive). */
    HOLDS,
    /** At least one property is violated; each violation carries a counterexample. */
    VIOLATED,
    /** No violation was found, but the search was cut short (a limit, or a non-exhaustive strategy). */
    INCOMPLETE
}
