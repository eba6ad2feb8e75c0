package uringcheck.model.lifecycle.program;

/**
 * {@code x = list_first_entry_or_null(&list, ...)}: binds local {@code into} to the first member of
 * {@code list}, or to nothing when the list is empty. It does not unlink it.
 */
public record ListFirst(String list, String into, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.listFirst(this);
    }
}
