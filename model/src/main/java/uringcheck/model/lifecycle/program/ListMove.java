package uringcheck.model.lifecycle.program;

/**
 * {@code list_move(&x->list, &list)} ({@code tail} false) or {@code list_move_tail} ({@code tail} true):
 * unlinks the object local {@code object} refers to from the list it is on, if any, and links it into
 * {@code list}, in one step.
 */
public record ListMove(String list, String object, boolean tail, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.listMove(this);
    }
}
