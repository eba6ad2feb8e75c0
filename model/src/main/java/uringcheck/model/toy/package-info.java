/**
 * Toy models with exactly known state spaces: they calibrate the explorer (state counts pinned by
 * tests, shortest counterexamples of known length) and serve as its throughput benchmark against SPIN.
 *
 * <p>Entry point: {@link uringcheck.model.toy.Completers}, N completers racing to complete one
 * queued command, in a racy check-then-act variant and a compare-and-set variant
 * ({@link uringcheck.model.toy.ClaimVariant}). Its Promela twin is {@code bench/completers.pml}.
 */
package uringcheck.model.toy;
