package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.List;

import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.Statement;

/**
 * Which handlers a handler starts, directly or through the handlers it starts: {@code schedule_work},
 * {@code raise_irq} and {@code complete_in_task} are the statements that start one, and the started
 * handler runs for the command of its starter (so a handler a device-level stimulus reaches runs for no
 * command either).
 */
final class HandlerStarts {

    private HandlerStarts() {
    }

    /** {@code from} and every handler it reaches, in discovery order. */
    static List<String> reachedFrom(DriverProgram driver, Handler from) {
        List<String> reached = new ArrayList<>(List.of(from.name()));
        for (int i = 0; i < reached.size(); i++) {
            driver.handler(reached.get(i)).ifPresent(h -> collect(h.body(), reached));
        }
        return reached;
    }

    private static void collect(List<Statement> body, List<String> reached) {
        for (Statement s : body) {
            String started = s instanceof ScheduleWork w ? w.handler() : s instanceof RaiseIrq r ? r.handler()
                    : s instanceof CompleteInTask t ? t.handler() : null;
            if (started != null && !reached.contains(started)) {
                reached.add(started);
            }
            s.blocks().forEach(block -> collect(block, reached));
        }
    }
}
