package uringcheck.model.lifecycle.program;

/**
 * Adds {@code amount} to integer device field {@code field} ({@code n += amount}; {@code subtract} is a
 * negative amount). One atomic step, as an {@code atomic_add} or an update under the driver's lock.
 */
public record AddField(String field, int amount, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.addField(this);
    }
}
