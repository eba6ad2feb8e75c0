package uringcheck.checks.lincheck;

import java.util.List;
import uringcheck.model.Obligation;

/**
 * A threaded run of a {@link CataloguePattern} broke the lifecycle: the runtime threw a
 * {@code LifecycleViolation}, or the ring at quiescence shows a lost or doubled completion. Carries the
 * obligations as values, so a test compares them with the explorer's without reading any message.
 */
final class ObligationsBroken extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final transient List<Obligation> obligations;

    ObligationsBroken(List<Obligation> obligations, String message, Throwable cause) {
        super(message, cause);
        this.obligations = List.copyOf(obligations);
    }

    /** The obligations broken, the primary one first. */
    List<Obligation> obligations() {
        return obligations;
    }
}
