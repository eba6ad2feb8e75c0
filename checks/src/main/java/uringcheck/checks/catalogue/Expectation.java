package uringcheck.checks.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.model.PropertyId;

/**
 * The verdict a check target is expected to get: {@link Verdict#HOLDS}, or {@link Verdict#VIOLATED}
 * with exactly the named properties violated, or (with {@code atLeast}) with at least them violated. A
 * scenario file's {@code expect:} is parsed into this type ({@code holds}, {@code {violates: [...]}},
 * {@code {violates_at_least: [...]}}).
 *
 * @param verdict    HOLDS or VIOLATED
 * @param properties the properties expected to be violated (empty for HOLDS), in {@link PropertyId} order
 * @param atLeast    whether other properties may be violated too (only with VIOLATED)
 */
public record Expectation(Verdict verdict, SortedSet<PropertyId> properties, boolean atLeast) {

    public Expectation {
        if (verdict == Verdict.INCOMPLETE) {
            throw new IllegalArgumentException("an expectation is HOLDS or VIOLATED, not INCOMPLETE");
        }
        if ((verdict == Verdict.HOLDS) != properties.isEmpty()) {
            throw new IllegalArgumentException("HOLDS names no property; VIOLATED names at least one");
        }
        if (atLeast && verdict == Verdict.HOLDS) {
            throw new IllegalArgumentException("'at least' applies to VIOLATED only");
        }
        properties = Collections.unmodifiableSortedSet(new TreeSet<>(properties));
    }

    /** Every property holds. */
    public static Expectation holds() {
        return new Expectation(Verdict.HOLDS, new TreeSet<>(), false);
    }

    /** Exactly {@code properties} are violated. */
    public static Expectation violated(PropertyId... properties) {
        return new Expectation(Verdict.VIOLATED, new TreeSet<>(Arrays.asList(properties)), false);
    }

    /** Exactly the properties spelled {@code names} (as {@link PropertyId#parse} reads them) are violated. */
    public static Expectation violated(String... names) {
        return violated(Arrays.stream(names).map(PropertyId::parse).toArray(PropertyId[]::new));
    }

    /** At least {@code properties} are violated; others may be too. */
    public static Expectation violatedAtLeast(PropertyId... properties) {
        return new Expectation(Verdict.VIOLATED, new TreeSet<>(Arrays.asList(properties)), true);
    }

    /**
     * Whether {@code result}, of a search that reports every violated property, is this verdict: for
     * VIOLATED, with exactly these properties violated (or a superset of them, with {@code atLeast}).
     */
    public boolean matches(CheckResult result) {
        if (result.verdict() != verdict) {
            return false;
        }
        SortedSet<PropertyId> found = violated(result);
        return atLeast ? found.containsAll(properties) : found.equals(properties);
    }

    /**
     * Whether {@code result}, of a search that stopped at its first violation and so saw only part of the
     * violated set, agrees with this expectation: HOLDS expects no violation at all; VIOLATED expects a
     * violation, each one found among the expected properties (any property, with {@code atLeast}).
     */
    public boolean admitsFirst(CheckResult result) {
        if (result.verdict() != verdict) {
            return false;
        }
        return atLeast || properties.containsAll(violated(result));
    }

    private static SortedSet<PropertyId> violated(CheckResult result) {
        return result.violations().stream().map(Violation::property)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** E.g. {@code HOLDS}, {@code VIOLATED [mutex]} or {@code VIOLATED at least [O1, O3]}. */
    public String describe() {
        return verdict == Verdict.HOLDS ? "HOLDS" : "VIOLATED " + (atLeast ? "at least " : "") + properties;
    }
}
