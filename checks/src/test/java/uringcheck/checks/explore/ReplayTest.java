package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uringcheck.checks.catalogue.Toys;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.model.Model;
import uringcheck.model.toy.CancelLivelock;
import uringcheck.model.toy.ToyMutex;

/** Replay tokens round-trip (this test is never disabled), and bad tokens fail with clear errors. */
class ReplayTest {

    @Test
    void everyCounterexampleOfTheCatalogueReplays() {
        int replayed = 0;
        for (CheckTarget target : Toys.catalogue().targets()) {
            for (SearchOptions options : List.of(SearchOptions.bfs(), SearchOptions.dfs())) {
                replayed += ReplayRoundTrip.assertReproduces(target.model(), Explorer.check(target.model(), options));
            }
        }
        assertEquals(6, replayed, "three violated targets, each by BFS and DFS");
    }

    @Test
    void tokenEncodesModelPathAndTrap() {
        ActionPath path = new ActionPath(2, new int[] {0, 1, 300, 70000});
        Model<Integer, Integer> model = new Named("some.model", Map.of("program", "p", "environment", "e"));
        String token = ReplayToken.encode(model, path, 3);
        assertTrue(token.startsWith("uc2.some.model."), token);
        ReplayToken.Decoded decoded = ReplayToken.decode(token);
        assertEquals("some.model", decoded.modelName());
        assertEquals(3 * ReplayToken.DIGEST_HEX, decoded.origin().length(), "the version and two parts");
        assertEquals("2/0/1/300/70000", decoded.path().readable());
        assertEquals(path, decoded.path());
        assertEquals(3, decoded.trapStep());
    }

    @Test
    void replayOfTheLivelockReDecidesTheTrap() {
        CancelLivelock model = new CancelLivelock(CancelLivelock.Variant.REARM);
        String token = Explorer.check(model, SearchOptions.bfs()).violations().get(0).replayToken();
        CheckResult replayed = Replay.run(model, token);
        assertEquals(Verdict.VIOLATED, replayed.verdict());
        assertTrue(TextReport.render(replayed).contains("back to state 3: a cycle that never reaches the goal"));
    }

    @Test
    void aPathThatViolatesNothingIsIncompleteNotHolds() {
        ToyMutex model = new ToyMutex(3, ToyMutex.Variant.CORRECT);
        CheckResult result = Replay.run(model, ReplayToken.encode(model, new ActionPath(0, new int[] {0, 0}), -1));
        assertEquals(Verdict.INCOMPLETE, result.verdict());
        assertEquals(2, result.stats().maxDepth());
    }

    @Test
    void badTokensAreClearErrors() {
        ToyMutex model = new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET);
        String good = Explorer.check(model, SearchOptions.bfs()).violations().get(0).replayToken();

        assertMessage("does not start with 'uc2.'", () -> Replay.run(model, "hello"));
        assertMessage("checksum does not match",
                () -> Replay.run(model, good.substring(0, good.length() - 1) + (good.endsWith("0") ? "1" : "0")));
        assertMessage("checksum does not match", () -> Replay.run(model, good.replace(".AAAE", ".AAAF")));
        assertMessage("is for model 'toy-mutex-3-test-then-set', not for 'toy-mutex-3'",
                () -> Replay.run(new ToyMutex(3, ToyMutex.Variant.CORRECT), good));
        String outOfRange = ReplayToken.encode(model, new ActionPath(0, new int[] {0, 7}), -1);
        assertMessage("step 2 takes action 7 but only 3 actions are enabled in state 1",
                () -> Replay.run(model, outOfRange));
        String badInitial = ReplayToken.encode(model, new ActionPath(4, new int[] {}), -1);
        assertMessage("starts at initial state 4 but model 'toy-mutex-3-test-then-set' has only 1",
                () -> Replay.run(model, badInitial));
    }

    @Test
    void aTokenOfAModelBuiltFromOtherPartsIsRefusedNamingThePart() {
        Model<Integer, Integer> printed = new Named("m", Map.of("program", "p", "environment", "e"));
        String token = ReplayToken.encode(printed, new ActionPath(0, new int[] {}), -1);
        ReplayToken.checkOrigin(ReplayToken.decode(token), printed);
        assertMessage("printed by a 'm' with another environment than the one it is replayed on",
                () -> ReplayToken.checkOrigin(ReplayToken.decode(token),
                        new Named("m", Map.of("program", "p", "environment", "e2"))));
        assertMessage("printed by a 'm' with another environment and another program",
                () -> ReplayToken.checkOrigin(ReplayToken.decode(token),
                        new Named("m", Map.of("program", "p2", "environment", "e2"))));
        assertMessage("printed by a model built from other parts",
                () -> ReplayToken.checkOrigin(ReplayToken.decode(token), new Named("m", Map.of())));
    }

    /** A one-state model with a name and parts, for token tests. */
    private record Named(String name, Map<String, String> parts) implements InertModel {
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        ReplayException e = assertThrows(ReplayException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
