package uringcheck.model.lifecycle.program;

/**
 * {@code WARN_ON(!condition)}: a driver-level assertion. One atomic step that tests {@code condition} (the
 * tests of {@link If}, without a test-and-set) and goes on either way, as the kernel does after a warning;
 * a failed test is a breach of the property {@code driver-assert}, named by its line.
 */
public record Assert(Condition condition, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.assertThat(this);
    }
}
