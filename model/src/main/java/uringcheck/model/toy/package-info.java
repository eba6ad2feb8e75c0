/**
 * Toy models that exercise the explorer: small, with known answers, each with a seeded-bug variant.
 *
 * <p>Entry points: {@link uringcheck.model.toy.ToyMutex} (a state count derivable by hand, and seeded
 * invariant and quiescence bugs), {@link uringcheck.model.toy.CancelLivelock} (a livelock only the
 * always-recoverable check catches, with its fix) and {@link uringcheck.model.toy.Completers}, N
 * completers racing to complete one queued command, in a racy check-then-act variant and a
 * compare-and-set variant ({@link uringcheck.model.toy.ClaimVariant}): its state count is known in
 * closed form, its racy variant's shortest counterexample has a known length, and it is the explorer's
 * throughput benchmark against SPIN, whose Promela twin is {@code bench/completers.pml}.
 */
package uringcheck.model.toy;
