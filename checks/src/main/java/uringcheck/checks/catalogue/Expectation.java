package uringcheck.checks.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;

/**
 * The verdict a check target is expected to get: {@link Verdict#HOLDS}, or {@link Verdict#VIOLATED}
 * with exactly the named properties violated.
 *
 * @param verdict    HOLDS or VIOLATED
 * @param properties the properties expected to be violated (empty for HOLDS), sorted
 */
public record Expectation(Verdict verdict, SortedSet<String> properties) {

    public Expectation {
        if (verdict == Verdict.INCOMPLETE) {
            throw new IllegalArgumentException("an expectation is HOLDS or VIOLATED, not INCOMPLETE");
        }
        if ((verdict == Verdict.HOLDS) != properties.isEmpty()) {
            throw new IllegalArgumentException("HOLDS names no property; VIOLATED names at least one");
        }
        properties = Collections.unmodifiableSortedSet(new TreeSet<>(properties));
    }

    /** Every property holds. */
    public static Expectation holds() {
        return new Expectation(Verdict.HOLDS, new TreeSet<>());
    }

    /** Exactly {@code properties} are violated. */
    public static Expectation violated(String... properties) {
        return new Expectation(Verdict.VIOLATED, new TreeSet<>(Arrays.asList(properties)));
    }

    /** Whether {@code result} is this verdict (for VIOLATED: with exactly these properties violated). */
    public boolean matches(CheckResult result) {
        if (result.verdict() != verdict) {
            return false;
        }
        return properties.equals(result.violations().stream().map(Violation::property)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** E.g. {@code HOLDS} or {@code VIOLATED [mutex]}. */
    public String describe() {
        return verdict == Verdict.HOLDS ? "HOLDS" : "VIOLATED " + properties;
    }
}
