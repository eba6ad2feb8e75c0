package uringcheck.checks.explore;

import java.util.stream.Collectors;

/** Test helpers for rendered reports. */
final class Reports {

    private Reports() {
    }

    /** The report of {@code result} without its time line (the only non-deterministic part). */
    static String stable(CheckResult result) {
        return withoutTime(TextReport.render(result));
    }

    /** {@code text} without lines starting with {@link TextReport#TIME_LINE_PREFIX}. */
    static String withoutTime(String text) {
        return text.lines().filter(l -> !l.startsWith(TextReport.TIME_LINE_PREFIX))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
