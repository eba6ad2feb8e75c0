package uringcheck.checks.explore;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link Explorer#check} or {@link Replay#run}.
 *
 * <p>Invariants: {@link Verdict#HOLDS} only with {@link #exhaustive()} and no violations;
 * {@link Verdict#VIOLATED} exactly when {@link #violations()} is non-empty (in property order);
 * {@link Verdict#INCOMPLETE} otherwise, with {@link #limitReached()} saying why.
 *
 * @param modelName    the model's name
 * @param verdict      the outcome
 * @param violations   every violated property, in the model's property order, each with one trace
 * @param stats        counts and timings
 * @param limitReached which limit cut the search short, e.g. {@code "state limit 1000 reached"}
 * @param exhaustive   whether the whole reachable state space was explored
 * @param search       what search ran, e.g. {@code bfs} or {@code random (seed 7, ...)}
 */
public record CheckResult(String modelName, Verdict verdict, List<Violation> violations, Stats stats,
                          Optional<String> limitReached, boolean exhaustive, String search) {

    public CheckResult {
        violations = List.copyOf(violations);
    }

    /** The violation of the property spelled {@code name} (e.g. {@code O5}), if it was violated. */
    public Optional<Violation> violation(String name) {
        return violations.stream().filter(v -> v.property().toString().equals(name)).findFirst();
    }
}
