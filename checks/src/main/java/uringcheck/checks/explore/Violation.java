package uringcheck.checks.explore;

import uringcheck.model.Property;
import uringcheck.model.PropertyId;

/**
 * One violated property and its counterexample.
 *
 * @param property    the property's id (an obligation such as {@code O1}, a reachability twin, or a plain name)
 * @param kind        how the property is checked
 * @param description the property's one-line description
 * @param trace       the counterexample; for {@link Property.Kind#SOMETIMES} only the initial state, since
 *                    the evidence is the whole exhausted state space, not a path
 * @param replayToken a token for {@link Replay#run} and {@code uringcheck replay}; empty for
 *                    {@link Property.Kind#SOMETIMES}, which no single path can show
 */
public record Violation(PropertyId property, Property.Kind kind, String description, Trace trace, String replayToken) {

    /** Whether this violation has a path counterexample that {@link Replay} can re-execute. */
    public boolean replayable() {
        return !replayToken.isEmpty();
    }
}
