package uringcheck.checks.scenario;

import java.util.List;

/**
 * The verdict a scenario file says it should get ({@code expect:}): either every property holds, or
 * exactly the listed properties are violated. Properties are named by obligation id ({@code O5}) or, for a
 * reachability twin, by the id and what it witnesses ({@code O9?reach-cancel-call}).
 *
 * @param violates the properties expected to be violated, in file order; empty means "holds"
 */
public record ExpectedVerdict(List<String> violates) {

    public ExpectedVerdict {
        violates = List.copyOf(violates);
    }

    /** {@code expect: holds}. */
    public static ExpectedVerdict holds() {
        return new ExpectedVerdict(List.of());
    }

    /** True for {@code expect: holds}. */
    public boolean expectsHolds() {
        return violates.isEmpty();
    }

    /** {@code holds} or {@code violates O1, O9}. */
    public String describe() {
        return expectsHolds() ? "holds" : "violates " + String.join(", ", violates);
    }
}
