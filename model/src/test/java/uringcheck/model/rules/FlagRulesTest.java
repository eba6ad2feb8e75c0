package uringcheck.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uringcheck.model.rules.IssueFlags.CANCEL;
import static uringcheck.model.rules.IssueFlags.COMPLETE_DEFER;
import static uringcheck.model.rules.IssueFlags.INLINE;
import static uringcheck.model.rules.IssueFlags.NONBLOCK;
import static uringcheck.model.rules.IssueFlags.UNLOCKED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uringcheck.model.rules.FlagRules.Breach;

/** The O5 rules both models apply, and the one rendering of issue_flags. */
class FlagRulesTest {

    @Test
    void everyCallbackMayPassItsOwnMask() {
        for (ExecContext c : ExecContext.values()) {
            if (c.issueFlags() == 0) {
                continue;
            }
            Set<Breach> b = FlagRules.breaches(c.issueFlags(), c.holdsUringLock(), false, true, c.issueFlags());
            assertTrue(b.isEmpty(), c + ": " + b);
        }
    }

    @Test
    void unlockedFromADriverContextIsTheOnlyLegalMaskThere() {
        assertTrue(FlagRules.breaches(UNLOCKED, false, false, true, 0).isEmpty());
        assertEquals(EnumSet.of(Breach.LOCKED_FLAGS_WITHOUT_LOCK, Breach.NOT_THE_CALLBACKS_MASK),
                FlagRules.breaches(COMPLETE_DEFER, false, false, true, 0));
    }

    @Test
    void eachBreachIsReportedInKernelOrder() {
        assertEquals(EnumSet.of(Breach.UNLOCKED_WITH_COMPLETE_DEFER, Breach.UNLOCKED_WHILE_LOCKED,
                        Breach.UNLOCKED_IN_ATOMIC, Breach.NOT_THE_CALLBACKS_MASK),
                FlagRules.breaches(UNLOCKED | COMPLETE_DEFER, true, true, true, COMPLETE_DEFER));
        assertEquals(EnumSet.of(Breach.UNLOCKED_IN_ATOMIC), FlagRules.breaches(UNLOCKED, false, true, true, 0));
        assertEquals(EnumSet.noneOf(Breach.class), FlagRules.breaches(UNLOCKED, false, true, false, 0),
                "UNLOCKED from an IRQ is fine when the core takes no mutex");
        assertEquals(EnumSet.of(Breach.NOT_THE_CALLBACKS_MASK),
                FlagRules.breaches(NONBLOCK | COMPLETE_DEFER | INLINE, true, false, true, COMPLETE_DEFER),
                "the inline mask forwarded into a task-work callback");
    }

    @Test
    void theCoreTakesTheLockOnlyUnderUnlockedAndOnlyToChangeTheList() {
        assertTrue(FlagRules.takesUringLock(UNLOCKED, true));
        assertFalse(FlagRules.takesUringLock(UNLOCKED, false));
        assertFalse(FlagRules.takesUringLock(COMPLETE_DEFER, true));
    }

    @Test
    void flagsRenderInOneOrder() {
        assertEquals("0", IssueFlags.render(0));
        assertEquals("NONBLOCK|COMPLETE_DEFER|INLINE", IssueFlags.render(ExecContext.C1.issueFlags()));
        assertEquals("CANCEL|COMPLETE_DEFER", IssueFlags.render(ExecContext.C5.issueFlags()));
        assertEquals("UNLOCKED|IOWQ", IssueFlags.render(ExecContext.C3.issueFlags()));
        assertEquals("CANCEL|UNLOCKED|0x40000000", IssueFlags.render(CANCEL | UNLOCKED | IssueFlags.CMD_CANCELABLE));
    }
}
