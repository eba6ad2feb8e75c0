package uringcheck.model.lifecycle.program;

/**
 * Reads the command's 32-byte PDU through {@code handle} (a local naming a fresh command, a queued
 * handle, or {@code cmd}). Reading before any write on a fresh issue reads unspecified memory (O6).
 *
 * @param handle the command
 * @param field  the PDU field read ({@code pdu->status}), or null for the PDU as a whole (no layout declared)
 * @param pos    where in the scenario file it was written
 */
public record ReadPdu(String handle, String field, Pos pos) implements Statement {

    /** A read of the PDU as a whole. */
    public ReadPdu(String handle, Pos pos) {
        this(handle, null, pos);
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.readPdu(this);
    }
}
