package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.Interrupt;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.model.Explanation;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.Hole;

/**
 * The soundness sweep: every program of {@link ProgramEnumerator} is checked breadth-first and
 * exhaustively in {@link SweepVocabulary#environment()}; for each obligation broken, and for each
 * SPEC §7 hole shown, the first program in canonical order (fewest statements) is kept with its
 * shortest trace.
 *
 * <p>Entry point: {@link #run}. Properties named with a {@code ?} (reachability twins) are not
 * obligations and are not counted.
 */
public final class Sweep {

    private final Limits limits;
    private final Listener progress;

    /** Told after each program checked how far the sweep is (for a progress display; times vary). */
    @FunctionalInterface
    public interface Listener {
        /** Program {@code done} of {@code total} was checked; the sweep has stored {@code states} states so far. */
        void checked(int done, int total, long states, long elapsedNanos);
    }

    /** A sweep whose per-program searches obey {@code limits}; {@code progress} is told after each program. */
    public Sweep(Limits limits, Listener progress) {
        this.limits = limits;
        this.progress = progress;
    }

    /** Sweeps {@code vocabulary} up to {@code maxStatements} statements per handler. */
    public SweepResult run(SweepVocabulary vocabulary, int maxStatements) {
        long start = System.nanoTime();
        ProgramEnumerator enumerator = new ProgramEnumerator(vocabulary, maxStatements);
        List<SweptProgram> programs = enumerator.programs();
        Map<Obligation, Finding> findings = new EnumMap<>(Obligation.class);
        Map<Hole, Finding> holes = new EnumMap<>(Hole.class);
        List<String> incomplete = new ArrayList<>();
        long states = 0;
        long transitions = 0;
        int checked = 0;
        int pruned = 0;
        int toCheck = (int) programs.stream().filter(SweptProgram::checked).count();
        for (SweptProgram p : programs) {
            if (Interrupt.requested()) {
                incomplete.add(Interrupt.LIMIT + " after " + checked + " checked programs");
                break;
            }
            if (!p.checked()) {
                pruned++;
                continue;
            }
            checked++;
            LifecycleModel model = model(p);
            CheckResult result = Explorer.check(model, SearchOptions.bfs().withLimits(limits));
            states += result.stats().states();
            transitions += result.stats().transitions();
            if (result.verdict() == Verdict.INCOMPLETE || !result.exhaustive()) {
                incomplete.add(p.name() + " (" + result.limitReached().orElse("not exhaustive") + ")");
            }
            for (Violation v : result.violations()) {
                Optional<Obligation> o = v.property().asObligation();
                if (o.isEmpty()) {
                    continue;
                }
                Optional<Explanation> why = v.trace().explanation();
                String message = why.map(Explanation::message).orElse("");
                record(findings, o.get(), p, v, message);
                Optional<Hole> hole = why.map(Explanation::cause).filter(Cause.class::isInstance)
                        .map(Cause.class::cast).flatMap(Cause::hole);
                if (hole.isPresent()) {
                    record(holes, hole.get(), p, v, message);
                }
            }
            progress.checked(checked, toCheck, states, System.nanoTime() - start);
        }
        return new SweepResult(vocabulary.abstraction(), maxStatements, enumerator.candidates(), programs.size(),
                pruned, checked, states, transitions, incomplete, findings, holes, System.nanoTime() - start);
    }

    /** The lifecycle model of {@code p} in the sweep's environment. */
    public static LifecycleModel model(SweptProgram p) {
        return new LifecycleModel(p.name(), p.abstraction(), p.driver(), SweepVocabulary.environment());
    }

    private static <K> void record(Map<K, Finding> map, K key, SweptProgram p, Violation v, String message) {
        Obligation o = v.property().asObligation().orElseThrow();
        Finding old = map.get(key);
        if (old == null) {
            map.put(key, new Finding(o, p, v, message, p.longestHandler()));
        } else if (p.longestHandler() < old.minimalL()) {
            map.put(key, old.withMinimalL(p.longestHandler()));
        }
    }
}
