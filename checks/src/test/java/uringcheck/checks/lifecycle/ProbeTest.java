package uringcheck.checks.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.program.Abstraction;
import uringcheck.model.lifecycle.program.SubmitMode;
import static uringcheck.checks.lifecycle.LifecycleFixtures.*;

class ProbeTest {
    @Test
    void probe() {
        Map<String, LifecycleModel> m = new LinkedHashMap<>();
        m.put("P1", p1(inline(2)));
        m.put("P2", p2(inline(2)));
        m.put("P3", p3(Abstraction.SEED, inline(2)));
        m.put("P4", p4(inline(2)));
        m.put("P5i", p5(inline(2)));
        m.put("P5w", p5(env(2, 2, SubmitMode.IOWQ, false, false, false, false)));
        m.put("P6", p6(inline(2)));
        m.put("P7", ublk("P7", true, env(2, 2, SubmitMode.INLINE, true, false, false, false)));
        m.put("P8", ublk("P8", false, env(2, 2, SubmitMode.INLINE, true, false, false, false)));
        m.put("P9", p9(env(2, 2, SubmitMode.INLINE, true, false, false, false)));
        m.put("P10", p10(inline(2)));
        m.put("P11", p11(inline(2)));
        m.put("P12", p12(env(2, 1, SubmitMode.INLINE, false, false, false, false)));
        m.put("P3w", p3(Abstraction.SEED, env(2, 2, SubmitMode.IOWQ, false, false, false, false)));
        m.put("O4", doubleTaskWork(inline(2)));
        m.put("O7i", sqeAfterQueue(env(2, 2, SubmitMode.INLINE, false, false, false, true)));
        m.put("O7w", sqeAfterQueue(env(2, 2, SubmitMode.IOWQ, false, false, false, true)));
        m.put("O10", releaseCompletes(env(2, 2, SubmitMode.INLINE, false, false, true, false)));
        m.put("O6seed", cancelReadsPdu(Abstraction.SEED, env(2, 2, SubmitMode.INLINE, true, false, false, false)));
        m.put("O6c", cancelReadsPdu(Abstraction.C, env(2, 2, SubmitMode.INLINE, true, false, false, false)));
        m.put("P4all", p4(env(2, 1, SubmitMode.INLINE, true, true, true, true)));
        m.put("P6all", p6(env(2, 2, SubmitMode.INLINE, true, true, true, true)));
        m.put("P7all", ublk("P7", true, env(2, 2, SubmitMode.INLINE, true, true, true, true)));
        for (var e : m.entrySet()) {
            var r = Explorer.check(e.getValue(), SearchOptions.bfs());
            StringBuilder sb = new StringBuilder();
            for (var v : r.violations()) {
                sb.append(v.property()).append('=').append(v.trace().length()).append(' ');
            }
            System.out.printf("%s %s states=%d transitions=%d depth=%d ms=%d [%s]%n", e.getKey(), r.verdict(),
                    r.stats().states(), r.stats().transitions(), r.stats().maxDepth(),
                    r.stats().elapsedNanos() / 1_000_000, sb.toString().trim());
        }
    }
}
