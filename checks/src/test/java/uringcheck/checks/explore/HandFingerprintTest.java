package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uringcheck.model.Fingerprints;
import uringcheck.model.Model;
import uringcheck.model.Property;
import uringcheck.model.toy.ToyMutex;

/**
 * A hand-written fingerprint must not merge states ({@link FingerprintAudit}). A first version of
 * {@link ToyMutex#fingerprint} xor-ed the owner into the counters and silently merged states of the
 * seeded-bug variants (79 instead of 93 states for three threads), which hid part of a random-walk
 * counterexample; the audit catches that version.
 */
class HandFingerprintTest {

    @ParameterizedTest
    @EnumSource(ToyMutex.Variant.class)
    void toyMutexFingerprintMergesNothing(ToyMutex.Variant variant) {
        for (int threads : new int[] {3, 6}) {
            FingerprintAudit.assertMergesNothing(new ToyMutex(threads, variant), Limits.defaults());
        }
    }

    @Test
    void theAuditCatchesTheXorFingerprint() {
        ToyMutex model = new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET);
        Model<ToyMutex.State, Integer> xor = new Model<>() {
            @Override
            public String name() {
                return "xor";
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

            @Override
            public long fingerprint(ToyMutex.State s) {
                return Fingerprints.finish(Fingerprints.mix(s.pcs(), s.owner()));
            }
        };
        AssertionError e = assertThrows(AssertionError.class, () -> FingerprintAudit.assertMergesNothing(xor, Limits.defaults()));
        assertTrue(e.getMessage().contains("79 states and 153 transitions with it, 93 and 183 with Fingerprints.of"),
                e.getMessage());
        assertEquals(93, FingerprintAudit.assertMergesNothing(model, Limits.defaults()));
    }
}
