package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.catalogue.Toys;
import uringcheck.model.toy.CancelLivelock;

/** Same model and options, byte-identical report (but for the time line); one report pinned as a golden file. */
class DeterminismTest {

    @Test
    void renderingTwiceGivesTheSameBytes() {
        for (CheckTarget target : Toys.catalogue().targets()) {
            for (SearchOptions options : new SearchOptions[] {SearchOptions.bfs(), SearchOptions.dfs()}) {
                String first = Reports.stable(Explorer.check(target.model(), options));
                String second = Reports.stable(Explorer.check(target.model(), options));
                assertEquals(first, second, target.name());
            }
        }
    }

    @Test
    void livelockReportMatchesTheGoldenFile() throws IOException {
        String actual = Reports.stable(Explorer.check(new CancelLivelock(CancelLivelock.Variant.REARM), SearchOptions.bfs()));
        Golden.assertMatches(Path.of("src/test/resources/golden/toy-cancel-rearm.bfs.txt"), actual);
    }
}
