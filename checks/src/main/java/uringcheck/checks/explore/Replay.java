package uringcheck.checks.explore;

import uringcheck.model.Model;

/**
 * Replays a token printed with a counterexample: re-executes its action path on the model and re-checks
 * the properties along it (and, for an always-recoverable counterexample, re-decides the trap at its entry
 * state). A token produced by {@link Explorer#check} reproduces the same violation with the same trace.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * Replays {@code token} on {@code model}.
     *
     * @throws ReplayException if the token is malformed or corrupted, was printed for another model (another
     *     name, version or part, see {@link ReplayToken}), or its path does not fit the model
     */
    public static <S, A> CheckResult run(Model<S, A> model, String token) {
        ReplayToken.Decoded decoded = ReplayToken.decode(token);
        ReplayToken.checkOrigin(decoded, model);
        return Explorer.check(model, SearchOptions.replay(decoded.path(), decoded.trapStep()));
    }
}
