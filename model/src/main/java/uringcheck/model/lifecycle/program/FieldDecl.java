package uringcheck.model.lifecycle.program;

/**
 * A device field. A per-command field has one instance per command (like a driver's per-tag array,
 * indexed by the command the running handler works for); otherwise one instance is shared by all.
 *
 * @param name       the field's name
 * @param kind       what it holds
 * @param perCommand one instance per command, or one for the device
 * @param initial    initial value of an {@link Kind#INT} field
 * @param pos        where in the scenario file it was declared
 * @param plain      accessed with plain loads and stores (not atomic, no {@code READ_ONCE}/{@code WRITE_ONCE}):
 *                   two contexts that can access it at the same time without a common lock, one of them
 *                   writing, race (as KCSAN reports); otherwise each access is one atomic step
 */
public record FieldDecl(String name, Kind kind, boolean perCommand, int initial, Pos pos, boolean plain) {

    /** A field whose accesses are atomic (not {@link #plain}). */
    public FieldDecl(String name, Kind kind, boolean perCommand, int initial, Pos pos) {
        this(name, kind, perCommand, initial, pos, false);
    }

    /** What a field holds. */
    public enum Kind {
        /** A queued handle (or, under the C API, a command pointer). */
        HANDLE,
        /** A {@code UringCmdAction} token. */
        TOKEN,
        /** A small integer (flags, claims, counters). */
        INT,
        /** A pointer to a driver object of a pool (e.g. {@code ent->fuse_req}). */
        OBJECT
    }

    /** The scenario-file line it was declared on (0 when built in code). */
    public int line() {
        return pos.line();
    }
}
