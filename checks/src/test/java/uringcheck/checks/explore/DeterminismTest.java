package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.catalogue.Catalogue;
import uringcheck.model.toy.CancelLivelock;

/** Same model and options, byte-identical report (but for the time line); one report pinned as a golden file. */
class DeterminismTest {

    @Test
    void renderingTwiceGivesTheSameBytes() {
        for (CheckTarget target : Catalogue.builtIn().targets()) {
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
        try (InputStream in = getClass().getResourceAsStream("/golden/toy-cancel-rearm.bfs.txt")) {
            String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(golden, actual);
        }
    }
}
