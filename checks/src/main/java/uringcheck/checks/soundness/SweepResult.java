package uringcheck.checks.soundness;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.state.Hole;

/**
 * What one sweep found. Everything but {@link #elapsedNanos} is a deterministic function of the
 * abstraction and the bound.
 *
 * @param abstraction    the abstraction swept
 * @param maxStatements  the bound L (statements per handler)
 * @param candidates     assembled programs the whole-program validation saw
 * @param programs       programs that compile
 * @param pruned         programs whose verdict is their representative's (not checked)
 * @param checked        programs checked exhaustively
 * @param states         distinct states over all checked programs
 * @param transitions    transitions over all checked programs
 * @param incomplete     names of programs whose search a limit cut short
 * @param findings       per obligation broken, the first program and its trace, in obligation order
 * @param holes          per SPEC §7 hole shown, the first program and its trace
 * @param elapsedNanos   wall-clock time of the sweep
 * @param language       the vocabulary's language
 */
public record SweepResult(Abstraction abstraction, int maxStatements, int candidates, int programs, int pruned,
                          int checked, long states, long transitions, List<String> incomplete,
                          Map<Obligation, Finding> findings, Map<Hole, Finding> holes, long elapsedNanos,
                          SweepVocabulary.Language language) {

    /**
     * Liveness obligations: safe Rust allows leaks ({@code mem::forget}, a handle parked in a field for
     * ever, a handle dropped), so no abstraction can rule their breach out; the sweep reports them but
     * they do not make an abstraction unsound (docs/soundness.md "What sound means here").
     */
    public static final Set<Obligation> LIVENESS = Set.of(Obligation.O2, Obligation.O10);

    public SweepResult {
        incomplete = List.copyOf(incomplete);
        findings = Collections.unmodifiableMap(new TreeMap<>(findings));
        holes = Collections.unmodifiableMap(new TreeMap<>(holes));
    }

    /** The verdict of the sweep. */
    public SweepVerdict verdict() {
        boolean unsound = findings.keySet().stream().anyMatch(o -> !LIVENESS.contains(o));
        if (unsound) {
            return SweepVerdict.UNSOUND;
        }
        return incomplete.isEmpty() ? SweepVerdict.SOUND : SweepVerdict.INCOMPLETE;
    }
}
