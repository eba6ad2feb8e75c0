package uringcheck.model.lifecycle.program;

/**
 * A driver lock: a spinlock (no sleeping while held, usable from IRQ) or a mutex (sleeps; not from
 * IRQ). Locks are device-wide. {@code pos} is where the scenario file declares it.
 */
public record LockDecl(String name, Kind kind, Pos pos) {

    /** Spinlock or mutex. */
    public enum Kind {
        SPIN,
        MUTEX
    }
}
