package uringcheck.model.lifecycle.program;

import java.util.List;
import java.util.Optional;

/**
 * A driver: its device fields, its locks, its handlers (ARCHITECTURE "driver programs"), the stimuli
 * from outside the ring that start some of them, and its own objects: pools ({@link PoolDecl}) and named
 * lists ({@link ListDecl}). Lists keep the file's order, which fixes the order of
 * actions and of fields in traces.
 */
public record DriverProgram(List<FieldDecl> fields, List<LockDecl> locks, List<Handler> handlers,
                            List<Stimulus> stimuli, List<PoolDecl> pools, List<ListDecl> lists) {

    public DriverProgram {
        pools = List.copyOf(pools);
        lists = List.copyOf(lists);
        fields = List.copyOf(fields);
        locks = List.copyOf(locks);
        handlers = List.copyOf(handlers);
        stimuli = List.copyOf(stimuli);
    }

    /** A driver without pools of its own objects and without named lists. */
    public DriverProgram(List<FieldDecl> fields, List<LockDecl> locks, List<Handler> handlers,
                         List<Stimulus> stimuli) {
        this(fields, locks, handlers, stimuli, List.of(), List.of());
    }

    /** A driver without stimuli. */
    public DriverProgram(List<FieldDecl> fields, List<LockDecl> locks, List<Handler> handlers) {
        this(fields, locks, handlers, List.of());
    }

    /** Whether some handler contains a statement of type {@code type}, in a nested block or not. */
    public boolean contains(Class<? extends Statement> type) {
        for (Handler h : handlers) {
            if (contains(h.body(), type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code body} contains a statement of type {@code type}, in a nested block or not. */
    public static boolean contains(List<Statement> body, Class<? extends Statement> type) {
        for (Statement s : body) {
            if (type.isInstance(s)) {
                return true;
            }
            for (List<Statement> block : s.blocks()) {
                if (contains(block, type)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The handler named {@code name}, if declared. */
    public Optional<Handler> handler(String name) {
        return handlers.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    /** The first handler of kind {@code kind} (for {@code uring_cmd}, {@code cancel}, {@code release}). */
    public Optional<Handler> handler(HandlerKind kind) {
        return handlers.stream().filter(h -> h.kind() == kind).findFirst();
    }
}
