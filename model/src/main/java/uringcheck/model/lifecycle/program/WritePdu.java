package uringcheck.model.lifecycle.program;

/**
 * Writes the small integer {@code value} into the PDU through {@code handle} (SPEC §4).
 *
 * @param handle the command
 * @param field  the PDU field written ({@code pdu->bio = ...}), or null for the PDU as a whole (no layout
 *               declared); the other fields keep their contents and provenance
 * @param value  the value
 * @param pos    where in the scenario file it was written
 */
public record WritePdu(String handle, String field, int value, Pos pos) implements Statement {

    /** A write of the PDU as a whole. */
    public WritePdu(String handle, int value, Pos pos) {
        this(handle, null, value, pos);
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.writePdu(this);
    }
}
