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
 */
public record FieldDecl(String name, Kind kind, boolean perCommand, int initial, Pos pos) {

    /** What a field holds. */
    public enum Kind {
        /** A queued handle (or, under the C API, a command pointer). */
        HANDLE,
        /** A {@code UringCmdAction} token. */
        TOKEN,
        /** A small integer (flags, claims, counters). */
        INT
    }

    /** The scenario-file line it was declared on (0 when built in code). */
    public int line() {
        return pos.line();
    }
}
