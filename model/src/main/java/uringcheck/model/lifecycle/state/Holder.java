package uringcheck.model.lifecycle.state;

/**
 * Where a handle to a request survives (for the two-owners breach of O12): a device field, a local of
 * another running context, or the request's pending driver task work.
 *
 * @param place   which kind of place
 * @param field   the device field instance for {@link Place#FIELD} (-1 otherwise)
 * @param context the context whose local holds it for {@link Place#LOCAL} ({@code null} otherwise)
 */
public record Holder(Place place, int field, ContextKind context) {

    /** The kinds of place a handle can survive in. */
    public enum Place {
        FIELD,
        LOCAL,
        TASK_WORK
    }

    /** The place in words, e.g. {@code device field slots[0]}. */
    public String render(ProgramNames names) {
        return switch (place) {
            case FIELD -> "device field " + names.fieldName(field);
            case LOCAL -> "a local of " + context.actor();
            case TASK_WORK -> "its pending task work";
        };
    }
}
