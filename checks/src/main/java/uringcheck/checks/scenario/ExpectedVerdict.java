package uringcheck.checks.scenario;

import java.util.List;
import java.util.stream.Collectors;

import uringcheck.model.Obligation;

/**
 * The verdict a scenario file says it should get ({@code expect:}): either every obligation holds, or the
 * listed obligations are violated.
 *
 * @param violates the obligations expected to be violated, in file order; empty means "holds"
 */
public record ExpectedVerdict(List<Obligation> violates) {

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
        return expectsHolds() ? "holds"
                : "violates " + violates.stream().map(Obligation::name).collect(Collectors.joining(", "));
    }
}
