package uringcheck.checks.explore;

import java.util.Optional;

import uringcheck.model.Model;

/**
 * The replay round trip, for any test suite (it throws {@link AssertionError}, so it needs no test
 * library): every replayable counterexample of a result, replayed from its token, must reproduce the
 * same property violation with the same trace (same steps, same trap entry and ending).
 */
public final class ReplayRoundTrip {

    private ReplayRoundTrip() {
    }

    /**
     * Replays every replayable violation of {@code result} on {@code model} and checks it reproduces.
     * Returns the number of tokens replayed, so a caller can also assert that there were some.
     *
     * @throws AssertionError naming the property and token that did not reproduce
     */
    public static int assertReproduces(Model<?, ?> model, CheckResult result) {
        int replayed = 0;
        for (Violation original : result.violations()) {
            if (!original.replayable()) {
                continue;
            }
            CheckResult again;
            try {
                again = Replay.run(model, original.replayToken());
            } catch (ReplayException e) {
                throw new AssertionError("token of " + original.property() + " does not replay: " + e.getMessage(), e);
            }
            Optional<Violation> same = again.violation(original.property().toString());
            if (same.isEmpty()) {
                throw new AssertionError("replaying " + original.replayToken() + " did not reproduce "
                        + original.property() + "; replay verdict: " + TextReport.verdictLine(again));
            }
            Trace a = original.trace();
            Trace b = same.get().trace();
            boolean sameTrap = a.trap().map(t -> t.entryStep() + ":" + t.backTo())
                    .equals(b.trap().map(t -> t.entryStep() + ":" + t.backTo()));
            if (!a.initial().equals(b.initial()) || !a.steps().equals(b.steps()) || !sameTrap
                    || !a.path().equals(b.path())) {
                throw new AssertionError("replaying " + original.replayToken() + " reproduced "
                        + original.property() + " with a different trace");
            }
            replayed++;
        }
        return replayed;
    }
}
