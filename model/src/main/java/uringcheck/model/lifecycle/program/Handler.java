package uringcheck.model.lifecycle.program;

import java.util.List;

/**
 * A driver handler: a name, the context kind that runs it, and its body. In every handler the local
 * {@code cmd} names the command the handler runs for (the fresh command in {@code uring_cmd}, the
 * cancelled one in {@code cancel}, the one handed to a task-work callback); deferred handlers inherit
 * the command index of whoever scheduled them, which selects per-command fields. {@code pos} is where the
 * scenario file names it.
 */
public record Handler(String name, HandlerKind kind, List<Statement> body, Pos pos) {

    /** The name every handler binds to the command it runs for. */
    public static final String CMD = "cmd";

    public Handler {
        body = List.copyOf(body);
    }

    /** The scenario-file line it was declared on (0 when built in code). */
    public int line() {
        return pos.line();
    }
}
