package uringcheck.model.lifecycle.program;

/**
 * {@code kfree(x)}: returns the object local {@code object} refers to to its pool. Freeing an object twice,
 * through an empty handle or while it is still on a list (the list keeps a dangling pointer) is a misuse
 * of a driver object. The local keeps its (now dangling) handle, as a C pointer does.
 */
public record Free(String object, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.free(this);
    }
}
