package uringcheck.model.lifecycle.program;

/**
 * {@code list_del_init(&x->list)}: unlinks the object local {@code object} refers to from the list it is
 * on; on no list it does nothing (the entry points to itself after {@code INIT_LIST_HEAD}).
 */
public record ListDel(String object, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.listDel(this);
    }
}
