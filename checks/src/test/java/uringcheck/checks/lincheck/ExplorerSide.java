package uringcheck.checks.lincheck;

/**
 * The explorer half of the comparison: checks the catalogue scenario equivalent to a
 * {@link CataloguePattern}. The lifecycle catalogue scenarios are not on this branch yet, so every
 * outcome says so instead of inventing numbers.
 */
final class ExplorerSide {

    /** What the explorer gave, or why there is nothing to show. */
    record Outcome(String verdict, String states, String transitions, String millis, double nanos) {

        /** Lincheck's time divided by the explorer's, or "n/a" without an explorer run. */
        String ratio(double lincheckMillis) {
            if (nanos <= 0) {
                return "n/a";
            }
            return String.format(java.util.Locale.ROOT, "%.1f", lincheckMillis / (nanos / 1e6));
        }
    }

    private ExplorerSide() {
    }

    static Outcome check(CataloguePattern pattern) {
        return new Outcome("pending: catalogue scenario " + pattern.catalogueId() + " not on this branch",
                "-", "-", "-", 0);
    }
}
