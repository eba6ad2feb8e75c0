package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.state.Hole;

/**
 * The fixed shape holds at the same bound as {@link SeedSweepTest}: no program of up to 3 statements per
 * handler breaks a safety obligation. The only breach is O2, by a driver that drops its queued handle
 * (a leak, which safe Rust allows).
 */
class FixedSweepTest {

    @Test
    void fixedIsSoundUpToThree() {
        SweepResult r = SweepFixtures.sweep(SweepVocabulary.of(Abstraction.FIXED), 3);
        assertEquals(SweepVerdict.SOUND, r.verdict());
        assertEquals(464, r.programs());
        assertEquals(412, r.pruned());
        assertEquals(52, r.checked());
        assertEquals(2529, r.states());
        assertEquals(List.of(), r.incomplete());
        assertEquals(Set.of(Obligation.O2), r.findings().keySet());
        assertEquals(Set.of(), r.holes().keySet());
        assertEquals("fixed#4", r.findings().get(Obligation.O2).program().name());
    }

    @Test
    void v5IsUnsoundAlreadyAtOne() {
        SweepResult r = SweepFixtures.sweep(SweepVocabulary.of(Abstraction.V5), 1);
        assertEquals(SweepVerdict.UNSOUND, r.verdict());
        assertEquals(3, r.programs());
        assertEquals(Set.of(Obligation.O2, Obligation.O8, Obligation.O13), r.findings().keySet());
        assertEquals(Set.of(Hole.C), r.holes().keySet());
    }
}
