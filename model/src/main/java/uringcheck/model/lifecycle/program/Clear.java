package uringcheck.model.lifecycle.program;

/**
 * Empties handle or token device field {@code field}: in C the pointer becomes NULL ({@code
 * ublk->cmd = NULL}); under a typestate abstraction {@code self.field = None} drops what it held (a
 * dropped handle is never completed: O2).
 */
public record Clear(String field, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.clear(this);
    }
}
