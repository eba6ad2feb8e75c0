/**
 * Lincheck tests of the concurrent runtime ({@code uringcheck.model.concurrent}).
 *
 * <p>Entry points: {@link uringcheck.checks.lincheck.RuntimeLinearizabilityTest} (model checking and
 * stress linearizability of the per-command operations against the specification derived from the
 * transition table), {@link uringcheck.checks.lincheck.DriverPatternLincheckTest}
 * ({@code runConcurrentTest} on the catalogue's driver patterns, each checked against the explorer's
 * verdict on the scenario file it names), and {@link uringcheck.checks.lincheck.LincheckVersusExplorerComparison} (the side-by-side
 * table, only with {@code -Pcompare}).
 */
package uringcheck.checks.lincheck;
