package uringcheck.model.lifecycle.program;

import java.util.List;

/**
 * A driver handler: a name, the context kind that runs it, and its body. In every handler the local
 * {@code cmd} names the command the handler runs for (the fresh command in {@code uring_cmd}, the
 * cancelled one in {@code cancel}, the one handed to a task-work callback); deferred handlers inherit
 * the command index of whoever scheduled them, which selects per-command fields. A device-level handler
 * ({@code device}: a teardown work item, a monitor) is not tied to one command: it runs with no command
 * index, and reaches per-command fields only inside a {@link ForEach}. {@code pos} is where the scenario
 * file names it.
 *
 * @param device whether it runs for the device rather than for one command (only a work item or an
 *               interrupt handler; {@code release} is device-level by its kind)
 */
public record Handler(String name, HandlerKind kind, List<Statement> body, Pos pos, boolean device) {

    /** The name every handler binds to the command it runs for. */
    public static final String CMD = "cmd";

    public Handler {
        body = List.copyOf(body);
    }

    /** A handler tied to the command that starts it. */
    public Handler(String name, HandlerKind kind, List<Statement> body, Pos pos) {
        this(name, kind, body, pos, false);
    }

    /** The scenario-file line it was declared on (0 when built in code). */
    public int line() {
        return pos.line();
    }
}
