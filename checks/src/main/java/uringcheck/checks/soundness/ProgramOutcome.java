package uringcheck.checks.soundness;

import java.util.List;
import java.util.Optional;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.state.Hole;

/**
 * What the search of one checked program found, all a sweep's report needs of it besides the programs
 * that are kept as findings (those are searched again to rebuild their traces, see {@link Sweep#assemble}).
 * Small and plain, so that a shard can write it as JSON.
 *
 * @param number       the program's number ({@link SweptProgram#number()})
 * @param states       distinct states of its search
 * @param transitions  transitions of its search
 * @param limitReached why its search was not exhaustive, or empty
 * @param breaches     the obligations its violations break, in the search's violation order, each with
 *                     the SPEC §7 hole it shows
 */
public record ProgramOutcome(int number, long states, long transitions, Optional<String> limitReached,
                             List<Breach> breaches) {

    public ProgramOutcome {
        breaches = List.copyOf(breaches);
    }

    /**
     * One violated obligation of a program.
     *
     * @param obligation the obligation broken
     * @param hole       the hole its fault's cause shows, if any
     */
    public record Breach(Obligation obligation, Optional<Hole> hole) {
    }
}
