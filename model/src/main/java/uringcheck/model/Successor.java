package uringcheck.model;

/**
 * The outcome of taking one action in one state: the successor state and what the action did, in the
 * model's vocabulary. A trace step needs both; {@link Model#step} yields them from a single execution.
 *
 * @param state       the successor, as {@link Model#next} returns it
 * @param description what the action did, as {@link Model#describe} returns it
 * @param <S> the state type
 */
public record Successor<S>(S state, String description) {
}
