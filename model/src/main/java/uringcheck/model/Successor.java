package uringcheck.model;

/**
 * The outcome of taking one action in one state: the successor state and what the action did, in the
 * model's vocabulary, as prose and as data. A trace step needs all three; {@link Model#step} yields them
 * from a single execution.
 *
 * @param state       the successor, as {@link Model#next} returns it
 * @param description what the action did, as {@link Model#describe} returns it
 * @param notes       the facts of the step (breaches, phase moves, scenario location) beside the prose;
 *                    {@link StepNotes#NONE} for a model that reports none
 * @param <S> the state type
 */
public record Successor<S>(S state, String description, StepNotes notes) {

    /** A successor whose step reports no structured fact. */
    public Successor(S state, String description) {
        this(state, description, StepNotes.NONE);
    }
}
