package uringcheck.checks.report;

import java.util.List;

/**
 * One {@code uringcheck check} run as the reports render it: the targets in the order checked.
 *
 * @param title   what was checked, e.g. {@code the scenario catalogue} or a file name
 * @param targets every target checked, with its result
 */
public record Run(String title, List<CheckedTarget> targets) {

    public Run {
        targets = List.copyOf(targets);
    }
}
