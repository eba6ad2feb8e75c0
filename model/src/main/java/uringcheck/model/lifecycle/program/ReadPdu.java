package uringcheck.model.lifecycle.program;

/**
 * Reads the command's 32-byte PDU through {@code handle} (a local naming a fresh command, a queued
 * handle, or {@code cmd}). Reading before any write on a fresh issue reads unspecified memory (O6).
 */
public record ReadPdu(String handle, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.readPdu(this);
    }
}
