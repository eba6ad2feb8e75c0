package uringcheck.checks.catalogue;

import java.util.List;

import uringcheck.model.toy.CancelLivelock;
import uringcheck.model.toy.ToyMutex;

/**
 * The toy catalogue the explorer's and the command line's tests run: small models of known state counts
 * and verdicts, two that hold and three seeded bugs (one per property kind that can fail on a path).
 */
public final class Toys {

    private Toys() {
    }

    /** The toy targets with their known verdicts. */
    public static Catalogue catalogue() {
        return new Catalogue(List.of(
                CheckTarget.of(new ToyMutex(3, ToyMutex.Variant.CORRECT),
                        "three threads take a lock once each (20 states)", Expectation.holds()),
                CheckTarget.of(new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET),
                        "seeded bug: check the lock, then take it, in two steps", Expectation.violated("mutex")),
                CheckTarget.of(new ToyMutex(3, ToyMutex.Variant.LEAKED_LOCK),
                        "seeded bug: thread 0 never releases the lock", Expectation.violated("all-done")),
                CheckTarget.of(new CancelLivelock(CancelLivelock.Variant.REARM),
                        "seeded bug: the cancel handler re-arms forever (livelock)",
                        Expectation.violated("can-complete")),
                CheckTarget.of(new CancelLivelock(CancelLivelock.Variant.COMPLETE),
                        "the cancel handler completes with -ECANCELED", Expectation.holds())));
    }
}
