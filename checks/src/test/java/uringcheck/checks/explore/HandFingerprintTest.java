package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uringcheck.model.Fingerprints;
import uringcheck.model.Model;
import uringcheck.model.Property;
import uringcheck.model.toy.ToyMutex;

/**
 * A hand-written fingerprint must not merge states: the same model with the structural default
 * ({@link Fingerprints#of}) must reach exactly as many states and transitions. (A first version of
 * {@link ToyMutex#fingerprint} xor-ed the owner into the counters and silently merged states of the
 * seeded-bug variants, which hid part of a random-walk counterexample.)
 */
class HandFingerprintTest {

    /** The model with the default structural fingerprint. */
    record Structural(ToyMutex model) implements Model<ToyMutex.State, Integer> {
        @Override
        public String name() {
            return model.name();
        }

        @Override
        public List<ToyMutex.State> initialStates() {
            return model.initialStates();
        }

        @Override
        public List<Integer> actions(ToyMutex.State state) {
            return model.actions(state);
        }

        @Override
        public ToyMutex.State next(ToyMutex.State state, Integer action) {
            return model.next(state, action);
        }

        @Override
        public List<Property<ToyMutex.State>> properties() {
            return List.of();
        }
    }

    @ParameterizedTest
    @EnumSource(ToyMutex.Variant.class)
    void handWrittenFingerprintMergesNothing(ToyMutex.Variant variant) {
        for (int threads : new int[] {3, 6}) {
            ToyMutex model = new ToyMutex(threads, variant);
            CheckResult structural = Explorer.check(new Structural(model), SearchOptions.bfs());
            CheckResult hand = Explorer.check(new WithProperties<>(model,
                    Property.always("true", "always true", s -> true)), SearchOptions.bfs());
            assertEquals(structural.stats().states(), hand.stats().states(), variant + " " + threads);
            assertEquals(structural.stats().transitions(), hand.stats().transitions(), variant + " " + threads);
        }
    }
}
