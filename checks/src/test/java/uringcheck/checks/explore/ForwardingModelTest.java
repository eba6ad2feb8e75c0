package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * A wrapper passes the wrapped model's {@link Model#canonicalFingerprint} on only while it keeps the wrapped
 * model's fingerprint and canonical form; a wrapper that changes either gets the classes of its own (the
 * seeded symmetries of the reduction tests rely on it).
 */
class ForwardingModelTest {

    /** One state per integer; its own canonical fingerprint says it was asked. */
    private static final class Numbers implements Model<Integer, Integer> {

        static final long OWN = 0x0123_4567_89AB_CDEFL;

        @Override
        public String name() {
            return "numbers";
        }

        @Override
        public List<Integer> initialStates() {
            return List.of(0);
        }

        @Override
        public List<Integer> actions(Integer state) {
            return List.of();
        }

        @Override
        public Integer next(Integer state, Integer action) {
            return state;
        }

        @Override
        public List<Property<Integer>> properties() {
            return List.of();
        }

        @Override
        public long canonicalFingerprint(Integer state) {
            return OWN;
        }
    }

    @Test
    void aWrapperThatKeepsTheClassesForwards() {
        Model<Integer, Integer> kept = new ForwardingModel<>(new Numbers()) {
        };
        assertEquals(Numbers.OWN, kept.canonicalFingerprint(7));
    }

    @Test
    void aWrapperWithItsOwnCanonicalFormOrFingerprintUsesThem() {
        Model<Integer, Integer> canonical = new ForwardingModel<>(new Numbers()) {
            @Override
            public Integer canonical(Integer state) {
                return state % 2;
            }
        };
        Model<Integer, Integer> fingerprint = new ForwardingModel<>(new Numbers()) {
            @Override
            public long fingerprint(Integer state) {
                return state;
            }
        };
        assertEquals(canonical.fingerprint(1), canonical.canonicalFingerprint(7));
        assertEquals(7L, fingerprint.canonicalFingerprint(7));
    }
}
