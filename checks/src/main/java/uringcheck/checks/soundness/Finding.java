package uringcheck.checks.soundness;

import uringcheck.checks.explore.Violation;
import uringcheck.model.Obligation;

/**
 * The first program of the canonical order (fewest statements, then vocabulary order) that breaks an
 * obligation or shows a hole, with its shortest counterexample (breadth-first).
 *
 * @param obligation the obligation broken
 * @param program    the program
 * @param violation  the violation, with its trace and replay token
 * @param message    the model's message for the breach (empty for a liveness trap)
 * @param minimalL   the smallest per-handler bound at which any program shows it
 */
public record Finding(Obligation obligation, SweptProgram program, Violation violation, String message,
                      int minimalL) {

    /** This finding with another minimal bound. */
    Finding withMinimalL(int l) {
        return new Finding(obligation, program, violation, message, l);
    }
}
