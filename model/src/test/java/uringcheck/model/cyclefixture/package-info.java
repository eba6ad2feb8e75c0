/**
 * A deliberate package cycle ({@code left} and {@code right} use each other), for
 * {@link uringcheck.model.PackageCyclesTest} to show that its rule fails on one.
 */
package uringcheck.model.cyclefixture;
