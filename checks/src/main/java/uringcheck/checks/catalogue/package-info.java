/**
 * What {@code uringcheck check} checks: named {@link uringcheck.checks.catalogue.CheckTarget}s (a model
 * and its {@link uringcheck.checks.catalogue.Expectation}) collected in a
 * {@link uringcheck.checks.catalogue.Catalogue}; {@link uringcheck.checks.catalogue.Catalogue#builtIn()}
 * is the default set.
 */
package uringcheck.checks.catalogue;
