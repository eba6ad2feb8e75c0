package uringcheck.checks.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ReplayRoundTrip;
import uringcheck.checks.explore.SearchListener;
import uringcheck.checks.explore.SearchProgress;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Violation;
import uringcheck.model.Model;
import uringcheck.model.PropertyId;

/**
 * The reduction-equivalence check (issue 12 item 4): one model searched exhaustively without reduction
 * and with one (symmetry, partial-order, or both) must give the same verdict and the same violated properties, and every counterexample of the
 * reduced search must replay on the concrete model to the same trace.
 *
 * @param unreduced the search without reduction
 * @param reduced   the search with it
 * @param fallbacks why the reduced search fell back to the unreduced one (a quotient counterexample
 *                  without a concrete counterpart), if it did: a sound symmetry never does
 */
record ReductionEquivalence(CheckResult unreduced, CheckResult reduced, List<String> fallbacks) {

    /** Searches {@code model} without symmetry, and {@code reducedModel} with it. */
    static <S, A> ReductionEquivalence of(Model<S, A> model, Model<S, A> reducedModel) {
        return of(model, reducedModel, SearchOptions.bfs().withSymmetry(true));
    }

    /** Searches {@code model} without any reduction, and {@code reducedModel} with {@code reducedOptions}. */
    static <S, A> ReductionEquivalence of(Model<S, A> model, Model<S, A> reducedModel, SearchOptions reducedOptions) {
        return against(Explorer.check(model, SearchOptions.bfs()), reducedModel, reducedOptions);
    }

    /** {@code off}, a search without reduction, against {@code reducedModel} searched with {@code reducedOptions}. */
    static <S, A> ReductionEquivalence against(CheckResult off, Model<S, A> reducedModel, SearchOptions reducedOptions) {
        List<String> fallbacks = new ArrayList<>();
        SearchListener listener = new SearchListener() {
            @Override
            public void progress(SearchProgress progress) {
            }

            @Override
            public void symmetryFallback(String why) {
                fallbacks.add(why);
            }
        };
        CheckResult on = Explorer.check(reducedModel, reducedOptions, listener);
        return new ReductionEquivalence(off, on, List.copyOf(fallbacks));
    }

    /** {@link #of(Model, Model)} with the model's own symmetry. */
    static <S, A> ReductionEquivalence of(Model<S, A> model) {
        return of(model, model);
    }

    /** What differs between the two searches, or empty when the reduction preserved the verdicts. */
    Optional<String> difference() {
        if (!fallbacks.isEmpty()) {
            return Optional.of("the reduced search fell back: " + fallbacks);
        }
        if (unreduced.verdict() != reduced.verdict() || !violated(unreduced).equals(violated(reduced))
                || unreduced.exhaustive() != reduced.exhaustive()) {
            return Optional.of("unreduced " + unreduced.verdict() + " " + violated(unreduced) + ", reduced "
                    + reduced.verdict() + " " + violated(reduced));
        }
        return Optional.empty();
    }

    /** Checks that every counterexample of the reduced search replays on {@code model}. */
    void assertReducedReplays(Model<?, ?> model) {
        ReplayRoundTrip.assertReproduces(model, reduced);
    }

    /** The violated properties, in report order. */
    static List<PropertyId> violated(CheckResult r) {
        return r.violations().stream().map(Violation::property).toList();
    }

    /** The states/transitions of the search without reduction. */
    String unreducedCounts() {
        return counts(unreduced);
    }

    /** The states/transitions of the reduced search. */
    String reducedCounts() {
        return counts(reduced);
    }

    private static String counts(CheckResult r) {
        return r.stats().states() + "/" + r.stats().transitions();
    }
}
