package uringcheck.model.lifecycle.program;

import java.util.List;

/**
 * {@code if (condition) { then } else { otherwise }}: the test is one atomic step (a test-and-set
 * claims atomically), then the chosen branch runs statement by statement.
 */
public record If(Condition condition, List<Statement> then, List<Statement> otherwise, Pos pos)
        implements Statement {

    public If {
        then = List.copyOf(then);
        otherwise = List.copyOf(otherwise);
    }

    @Override
    public List<List<Statement>> blocks() {
        return List.of(then, otherwise);
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.ifThenElse(this);
    }
}
