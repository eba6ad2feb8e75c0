package uringcheck.checks.explore;

import java.util.List;

import uringcheck.model.Fingerprints;
import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * For tests of models with a hand-written {@link Model#fingerprint}: explores the model twice,
 * breadth-first, with its own fingerprint and with the structural default ({@link Fingerprints#of},
 * which follows value equality), and fails if the state or transition counts differ. A hand-written
 * fingerprint that merges distinct states silently shrinks the state space and can hide violations.
 */
public final class FingerprintAudit {

    private FingerprintAudit() {
    }

    /**
     * Checks that {@code model}'s fingerprint merges no states, within {@code limits}.
     *
     * @return the number of distinct states, for the caller to pin
     * @throws AssertionError if the counts differ, or if a limit stopped either search
     */
    public static <S, A> long assertMergesNothing(Model<S, A> model, Limits limits) {
        SearchOptions options = SearchOptions.bfs().withLimits(limits);
        CheckResult own = Explorer.check(new WithoutProperties<>(model, false), options);
        CheckResult structural = Explorer.check(new WithoutProperties<>(model, true), options);
        if (!own.exhaustive() || !structural.exhaustive()) {
            throw new AssertionError("fingerprint audit of " + model.name() + " stopped: "
                    + own.limitReached().or(structural::limitReached).orElse("incomplete"));
        }
        if (own.stats().states() != structural.stats().states()
                || own.stats().transitions() != structural.stats().transitions()) {
            throw new AssertionError("the fingerprint of " + model.name() + " merges distinct states: "
                    + own.stats().states() + " states and " + own.stats().transitions()
                    + " transitions with it, " + structural.stats().states() + " and "
                    + structural.stats().transitions() + " with Fingerprints.of");
        }
        return own.stats().states();
    }

    /** The model without properties (so nothing stops the search), with its own or the structural fingerprint. */
    private static final class WithoutProperties<S, A> extends ForwardingModel<S, A> {

        private final boolean structural;

        WithoutProperties(Model<S, A> model, boolean structural) {
            super(model);
            this.structural = structural;
        }

        @Override
        public List<Property<S>> properties() {
            return List.of();
        }

        @Override
        public long fingerprint(S state) {
            return structural ? Fingerprints.of(state) : model.fingerprint(state);
        }
    }
}
