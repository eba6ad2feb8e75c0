/**
 * What {@code uringcheck check} checks: named {@link uringcheck.checks.catalogue.CheckTarget}s (a model
 * and its {@link uringcheck.checks.catalogue.Expectation}: holds, exactly these properties violated, or
 * at least these) collected in a {@link uringcheck.checks.catalogue.Catalogue}. The shipped catalogue is
 * built from the scenario files by {@code uringcheck.checks.scenario.ScenarioTargets#shipped()}.
 */
package uringcheck.checks.catalogue;
