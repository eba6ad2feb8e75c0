package uringcheck.model.lifecycle.program;

/** The device raises an interrupt: the IRQ handler named {@code handler} will run (context C6, atomic). */
public record RaiseIrq(String handler, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.raiseIrq(this);
    }
}
