package uringcheck.model.lifecycle.program;

/** {@code schedule_work}: the kworker handler named {@code handler} will run later (context C6). */
public record ScheduleWork(String handler, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.scheduleWork(this);
    }
}
