package uringcheck.checks.explore;

import java.util.Locale;

/** How {@link Explorer} walks a model's state graph. */
public enum Strategy {
    /** Breadth-first: exhaustive, and every counterexample it reports is a shortest one. */
    BFS,
    /** Depth-first: exhaustive, counterexamples are not necessarily shortest. */
    DFS,
    /** Seeded random walks: finds bugs in models too big to exhaust, never proves a property. */
    RANDOM,
    /** Re-execution of one action path, as encoded in a replay token. */
    REPLAY;

    /** The lower-case name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
