package uringcheck.model.lifecycle.program;

import java.util.List;

/**
 * {@code for (var = 0; var < commands; var++) { body }}: a walk over every command (tag) of the device, as
 * {@code ublk_abort_queue} walks {@code ubq->ios[tag]} for each tag. Inside {@code body} a per-command field
 * names the instance of the loop's command (the driver's {@code io = &ubq->ios[tag]}), and
 * {@code schedule_work}/{@code raise_irq} start their handler for that command. The loop head and its
 * increment take no step of their own: each statement of each iteration is its own atomic step, and the
 * walk is bounded by the number of commands, so the state space stays finite. After the loop, {@code var}
 * is unbound again (its local is empty), so a finished walk leaves no trace in the state.
 *
 * @param var  the loop variable: the index of the command of the current iteration
 * @param body the statements of one iteration
 * @param pos  where in the scenario file the loop starts
 */
public record ForEach(String var, List<Statement> body, Pos pos) implements Statement {

    public ForEach {
        body = List.copyOf(body);
    }

    @Override
    public List<List<Statement>> blocks() {
        return List.of(body);
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.forEach(this);
    }
}
