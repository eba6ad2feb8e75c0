package uringcheck.model;

/**
 * Why a state violates a property, as the model knows it: the cause (a constant of the model's own
 * closed set of breaches, for tools that decide on it) and the model's sentence for it (for people).
 *
 * @param cause   the breach, e.g. a {@code lifecycle.state.Cause}
 * @param message the breach in the model's vocabulary
 */
public record Explanation(Enum<?> cause, String message) {
}
