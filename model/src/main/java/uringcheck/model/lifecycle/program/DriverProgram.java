package uringcheck.model.lifecycle.program;

import java.util.List;
import java.util.Optional;

/**
 * A driver: its device fields, its locks, its handlers (ARCHITECTURE "driver programs") and the stimuli
 * from outside the ring that start some of them. Lists keep the file's order, which fixes the order of
 * actions and of fields in traces.
 */
public record DriverProgram(List<FieldDecl> fields, List<LockDecl> locks, List<Handler> handlers,
                            List<Stimulus> stimuli) {

    public DriverProgram {
        fields = List.copyOf(fields);
        locks = List.copyOf(locks);
        handlers = List.copyOf(handlers);
        stimuli = List.copyOf(stimuli);
    }

    /** A driver without stimuli. */
    public DriverProgram(List<FieldDecl> fields, List<LockDecl> locks, List<Handler> handlers) {
        this(fields, locks, handlers, List.of());
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
