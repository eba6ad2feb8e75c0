package uringcheck.model.lifecycle.program;

/**
 * Loads device field {@code field} into local {@code local}. Under a typestate abstraction a handle is
 * moved out ({@code Option::take}: the field becomes empty); under the raw C API the pointer is copied.
 */
public record Load(String field, String local, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.load(this);
    }
}
