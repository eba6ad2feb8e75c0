package uringcheck.checks.explore;

import java.util.Objects;

import uringcheck.model.Model;

/**
 * The explicit-state explorer: checks every property of a {@link Model} over its reachable states.
 *
 * <p>Entry point: {@link #check}. The search keeps visited states only as 64-bit fingerprints with
 * predecessor links ({@link FingerprintStore}), checks every limit at every step, and reports each
 * violated property once, with a counterexample {@link Trace} and a replay token; see {@link CheckResult}
 * for the verdict rules. With {@link SearchOptions#symmetry} an exhaustive search runs on
 * {@link SymmetryReduced} and, when a counterexample of the quotient has no concrete counterpart, again
 * without it. With {@link SearchOptions#partialOrder} an exhaustive search explores
 * {@link PartialOrderReduced} (under the symmetry reduction when both are on); its counterexamples are
 * translated back to the unreduced model's action indices. The same model and options always give the same result, except for the times in
 * {@link Stats}.
 */
public final class Explorer {

    /** The checker's version: printed by {@code uringcheck --version} and recorded in replay tokens. */
    public static final String VERSION = "0.1.0";

    private Explorer() {
    }

    /**
     * Explores {@code model} as {@code options} say and returns the verdict.
     *
     * @throws ReplayException for a {@link Strategy.Replay} path that does not fit the model
     * @throws IllegalArgumentException for a model without initial states
     */
    public static <S, A> CheckResult check(Model<S, A> model, SearchOptions options) {
        return check(model, options, SearchListener.NONE);
    }

    /** {@link #check(Model, SearchOptions)}, telling {@code listener} how the search progresses. */
    public static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, SearchListener listener) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        if (model.initialStates().isEmpty()) {
            throw new IllegalArgumentException("model '" + model.name() + "' has no initial state: nothing to check");
        }
        boolean covers = options.strategy().coversTheGraph();
        Model<S, A> searched = options.partialOrder() && covers ? new PartialOrderReduced<>(model) : model;
        if (options.symmetry() && covers) {
            searched = new SymmetryReduced<>(searched);
        }
        Search<S, A> search = new Search<>(searched, options, listener);
        options.strategy().run(search);
        try {
            return search.result();
        } catch (SymmetryReduced.NotConcrete e) {
            listener.symmetryFallback(e.getMessage());
            return check(model, options.withSymmetry(false), listener);
        }
    }
}
