package uringcheck.checks.explore;

/**
 * A replay token or action path that cannot be replayed: malformed, corrupted (checksum mismatch),
 * made for another model, or naming an action that is not enabled. The message says which, and how to
 * get a good token (re-run the check that printed it).
 */
public final class ReplayException extends UsageException {

    private static final long serialVersionUID = 1L;

    public ReplayException(String message) {
        super(message);
    }
}
