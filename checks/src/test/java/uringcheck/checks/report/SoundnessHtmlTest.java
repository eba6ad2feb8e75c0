package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.Limits;
import uringcheck.checks.soundness.Sweep;
import uringcheck.checks.soundness.SweepResult;
import uringcheck.checks.soundness.SweepVocabulary;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/** The soundness page: a section per obligation broken, each step linked to its statement in the Rust program. */
class SoundnessHtmlTest {

    @Test
    void everyBrokenObligationIsChartedBesideItsProgram() {
        SweepResult seed = new Sweep(Limits.defaults(), (done, total, states, nanos) -> { })
                .run(SweepVocabulary.of(Abstraction.SEED), 2);
        String page = SoundnessHtml.render(List.of(seed));
        assertEquals(seed.findings().size(), count(page, "<section class=\"target\""));
        assertEquals(3, seed.findings().size());
        assertTrue(page.contains("<td><a href=\"#t-seed-o2\">seed (L = 2)</a></td><td>UNSOUND (safety obligations"
                + " broken: O8, O13)</td><td>SOUND up to 2</td><td class=\"bad\">UNEXPECTED</td>"), page);
        assertTrue(page.contains("<span class=\"src-line ran\" id=\"src-seed-o8-2\"><span class=\"src-no\">4</span>"
                + "    return Err(EAGAIN);  // 2</span>"), page);
        HtmlReportTest.assertEveryLinkHasItsTarget(page);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
