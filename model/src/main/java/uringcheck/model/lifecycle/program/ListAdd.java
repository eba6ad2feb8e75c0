package uringcheck.model.lifecycle.program;

/**
 * {@code list_add(&x->list, &list)} ({@code tail} false: at the head) or {@code list_add_tail} ({@code tail}
 * true): links the object local {@code object} refers to into {@code list}. Adding an object that is
 * already on a list corrupts both lists ({@code CONFIG_DEBUG_LIST}: "list_add double add"); adding a freed
 * object or through an empty handle is a misuse of a driver object.
 */
public record ListAdd(String list, String object, boolean tail, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.listAdd(this);
    }
}
