package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import uringcheck.model.Model;
import uringcheck.model.Stepper;

/**
 * A wrapper passes the wrapped model's {@link Model#canonicalFingerprint} on only while it keeps the wrapped
 * model's fingerprint and canonical form; a wrapper that changes either gets the classes of its own (the
 * seeded symmetries of the reduction tests rely on it). Likewise its {@link Model#stepper}: the wrapped model's
 * while it also keeps the successors, else one over its own; the symmetry reduction steps through the wrapped
 * model's canonical stepper.
 */
class ForwardingModelTest {

    /** One state per integer; its own canonical fingerprint says it was asked. */
    private static final class Numbers implements InertModel {

        static final long OWN = 0x0123_4567_89AB_CDEFL;

        @Override
        public String name() {
            return "numbers";
        }

        @Override
        public long canonicalFingerprint(Integer state) {
            return OWN;
        }

        /** A stepper whose fingerprints say it is this model's, and whether it is canonical. */
        @Override
        public Stepper<Integer, Integer> stepper(boolean canonical) {
            return new Stepper<>() {
                @Override
                public long step(Integer state, Integer action) {
                    return canonical ? OWN_CANONICAL_STEP : OWN_STEP;
                }

                @Override
                public Integer successor() {
                    return -1;
                }
            };
        }

        static final long OWN_STEP = 0x5AL;
        static final long OWN_CANONICAL_STEP = 0xC5L;
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

    @Test
    void aWrapperThatKeepsSuccessorsAndClassesStepsThroughTheWrappedModelsStepper() {
        Model<Integer, Integer> kept = new ForwardingModel<>(new Numbers()) {
        };
        assertEquals(Numbers.OWN_STEP, kept.stepper(false).step(7, 1));
        assertEquals(Numbers.OWN_CANONICAL_STEP, kept.stepper(true).step(7, 1));
        assertEquals(Numbers.OWN_CANONICAL_STEP, new SymmetryReduced<>(new Numbers()).stepper(false).step(7, 1));
        assertEquals(Numbers.OWN_STEP, new PartialOrderReduced<>(new Numbers()).stepper(false).step(7, 1));
    }

    @Test
    void aWrapperWithItsOwnSuccessorsOrClassesStepsThroughThem() {
        Model<Integer, Integer> next = new ForwardingModel<>(new Numbers()) {
            @Override
            public Integer next(Integer state, Integer action) {
                return state + action;
            }
        };
        Model<Integer, Integer> fingerprint = new ForwardingModel<>(new Numbers()) {
            @Override
            public long fingerprint(Integer state) {
                return 1000 + state;
            }
        };
        Stepper<Integer, Integer> stepper = next.stepper(false);
        assertEquals(next.fingerprint(8), stepper.step(7, 1));
        assertEquals(8, stepper.successor());
        assertEquals(1007L, fingerprint.stepper(false).step(7, 1));
        assertEquals(1007L, fingerprint.stepper(true).step(7, 1));
    }
}
