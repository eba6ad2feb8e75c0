package uringcheck.model.lifecycle.abstraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Statement;

/**
 * What each abstraction's API allows, in one table, and the invariants that tie an API to its run-time
 * semantics. A new abstraction whose two halves disagree (a typed API that copies values, a handler kind
 * it neither binds nor rejects) fails here before any scenario runs.
 */
class ApiRulesTest {

    @Test
    void eachApiSaysWhatADriverCanWrite() {
        Map<Abstraction, String> table = new EnumMap<>(Abstraction.class);
        for (Abstraction a : Abstraction.values()) {
            ApiRules api = a.api();
            List<String> row = new ArrayList<>();
            row.add("typed=" + api.typed());
            row.add("tokens=" + api.hasTokens());
            row.add("raw=" + api.rawReturns());
            for (HandlerKind k : List.of(HandlerKind.URING_CMD, HandlerKind.CANCEL, HandlerKind.TASK_WORK)) {
                row.add(k + (api.binds(k) ? ":" + api.cmd(k).orElseThrow() : ":unbound"));
            }
            row.add("flags=" + api.flagChoices());
            row.add("cancel=" + api.cancelFlagChoices());
            row.add("cap=" + api.capability().orElse("-"));
            table.put(a, String.join(" ", row));
        }
        assertEquals(Map.of(
                Abstraction.SEED, "typed=true tokens=true raw=false URING_CMD:COMMAND CANCEL:unbound"
                        + " TASK_WORK:unbound flags=[FORWARDED, UNLOCKED] cancel=[] cap=-",
                Abstraction.V5, "typed=true tokens=true raw=false URING_CMD:COMMAND CANCEL:HANDLE"
                        + " TASK_WORK:HANDLE flags=[FORWARDED, UNLOCKED, TASK_WORK] cancel=[FORWARDED] cap=-",
                Abstraction.FIXED, "typed=true tokens=true raw=false URING_CMD:COMMAND CANCEL:COMMAND"
                        + " TASK_WORK:HANDLE flags=[CURRENT, UNLOCKED] cancel=[CURRENT] cap=IssueCap",
                Abstraction.C, "typed=false tokens=false raw=true URING_CMD:HANDLE CANCEL:HANDLE"
                        + " TASK_WORK:HANDLE flags=[FORWARDED, CURRENT, UNLOCKED, TASK_WORK, ZERO]"
                        + " cancel=[FORWARDED, CURRENT, UNLOCKED, TASK_WORK, ZERO] cap=-"), table);
    }

    @Test
    void aTypedApiMovesValuesAndReturnsResultsNotIntegers() {
        for (Abstraction a : Abstraction.values()) {
            ApiRules api = a.api();
            assertEquals(api.typed(), a.semantics().movesValues(), a + ": typestate needs move semantics");
            assertEquals(api.hasTokens(), !api.rawReturns(), a + ": a Result return needs tokens");
        }
    }

    @Test
    void aHandlerKindIsBoundExactlyWhenItIsNotRejected() {
        for (Abstraction a : Abstraction.values()) {
            for (HandlerKind k : HandlerKind.values()) {
                Optional<String> rejected = a.api().reject(new Handler("h", k, List.of(), Pos.NONE));
                assertEquals(!a.api().binds(k), rejected.isPresent(), a + " " + k);
            }
        }
    }

    @Test
    void theStatementsThatStartAnUnboundHandlerDoNotExist() {
        Statement completeInTask = new CompleteInTask("q", "tw", Pos.NONE);
        Statement markCancelable = new MarkCancelable("q", FlagsChoice.CURRENT, Pos.NONE);
        for (Abstraction a : Abstraction.values()) {
            ApiRules api = a.api();
            assertEquals(!api.binds(HandlerKind.TASK_WORK), api.absent(completeInTask).isPresent(), a.name());
            assertEquals(!api.binds(HandlerKind.CANCEL), api.absent(markCancelable).isPresent(), a.name());
        }
    }

    @Test
    void fixedTakesOnlyTheCapabilityOrDoneUnlockedFromAWorkItem() {
        ApiRules fixed = Abstraction.FIXED.api();
        for (FlagsChoice f : FlagsChoice.values()) {
            Done done = new Done("q", 0, f, Pos.NONE);
            assertEquals(f == FlagsChoice.CURRENT, fixed.reject(done, HandlerKind.URING_CMD).isEmpty(), f.name());
            assertEquals(f == FlagsChoice.UNLOCKED, fixed.reject(done, HandlerKind.KWORKER).isEmpty(), f.name());
            assertTrue(fixed.reject(done, HandlerKind.IRQ).isPresent(), f.name());
            assertTrue(Abstraction.V5.api().reject(done, HandlerKind.IRQ).isEmpty(), f.name());
        }
    }
}
