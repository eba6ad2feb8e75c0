/**
 * Toy models that exercise the explorer: small, with known answers, each with a seeded-bug variant.
 *
 * <p>Entry points: {@link uringcheck.model.toy.ToyMutex} (a state count derivable by hand, and seeded
 * invariant and quiescence bugs) and {@link uringcheck.model.toy.CancelLivelock} (a livelock only the
 * always-recoverable check catches, with its fix).
 */
package uringcheck.model.toy;
