package uringcheck.checks.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TextReport;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.program.Abstraction;
import uringcheck.model.lifecycle.program.SubmitMode;
import static uringcheck.checks.lifecycle.LifecycleFixtures.*;

class ProbeTest {
    @Test
    void probe() {
        Map<String, LifecycleModel> m = new LinkedHashMap<>();
        m.put("P5i", p5(inline(2)));
        m.put("P9", p9(env(2, 2, SubmitMode.INLINE, true, false, false, false)));
        m.put("P7all", ublk("P7", true, env(2, 2, SubmitMode.INLINE, true, true, true, true)));
        for (var e : m.entrySet()) {
            var r = Explorer.check(e.getValue(), SearchOptions.bfs());
            System.out.println(TextReport.render(r));
        }
    }
}
