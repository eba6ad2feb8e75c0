package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The HTML page as text: self-contained, deterministic, one chart per violation with its steps in lanes. */
class HtmlReportTest {

    @Test
    void thePageIsSelfContainedAndDeterministic() {
        String page = HtmlReport.render(ReportFixtures.catalogue());
        assertEquals(page, HtmlReport.render(ReportFixtures.catalogue()));
        for (String external : new String[] {"<script", "<link", "@import", "url(", "src=", "http:", "https:"}) {
            assertFalse(page.contains(external), "the page must not load anything: found " + external);
        }
    }

    @Test
    void everyStepSitsInItsActorsLaneAndLinksItsScenarioLine() {
        CheckedTarget p8 = ReportFixtures.shipped("p08-ublk-cancel-no-claim.yaml");
        String page = HtmlReport.render(new Run("p8", java.util.List.of(p8)));
        assertEquals(3, count(page, "<article class=\"violation\""));
        assertEquals(11 + 12 + 11, count(page, "<div class=\"step"));
        assertEquals(3, count(page, "<span class=\"violation-marker\">VIOLATES "));
        assertTrue(page.contains("data-lane=\"kworker\" data-step=\"11\"><span class=\"violation-marker\">VIOLATES O9, O1"
                + "</span>done(cmd#0, 0, flags=UNLOCKED)"), page);
        assertTrue(page.contains("<a class=\"line\" href=\"#src-p8-ublk-cancel-no-claim-24\">io_done line 24</a>"));
        assertTrue(page.contains("<span class=\"src-line ran\" id=\"src-p8-ublk-cancel-no-claim-24\">"));
        assertTrue(page.contains("<code>./uringcheck replay " + ReportFixtures.violation(p8, "O1").replayToken()
                + "</code>"), page);
    }

    @Test
    void aLivenessChartMarksStemAndCycle() {
        String page = HtmlReport.render(ReportFixtures.run("p09-parked-no-completion.yaml"));
        assertTrue(page.contains("Stem: steps 1 to 1; trap: from state 1 on"), page);
        assertTrue(page.contains("<div class=\"trap\">back to state 9: a cycle that never reaches the goal</div>"));
        assertEquals(9, count(page, " in-trap\""));
    }

    @Test
    void aFairLivenessLassoMarksStemLoopAndThatNoStimulusCouldHelp() {
        String page = HtmlReport.render(ReportFixtures.run("p09-parked-no-completion.yaml"));
        assertTrue(page.contains("<p class=\"liveness lasso\">Stem: steps 1 to 5; loop: steps 6 to 6, back to state 5:"
                + " a fair cycle (every kernel or exit action enabled in it is taken in it) that never reaches the goal."
                + " No stimulus is enabled in the loop: userspace cannot help.</p>"), page);
        assertTrue(page.contains("<div class=\"trap lasso-loop\">loop from state 5: from here on the goal never holds</div>"));
        assertEquals(1, count(page, " in-loop\""));
        assertTrue(page.contains("<div class=\"trap lasso-end\">back to state 5: a fair cycle that never reaches the goal"
                + "</div>\n<div class=\"trap never-came\">no stimulus is enabled in the loop: userspace cannot help</div>"));
    }

    @Test
    void aLassoThatStopsNamesTheStimulusThatNeverCame() {
        String page = HtmlReport.render(ReportFixtures.run("f05-c-fuse-fetch-parked.yaml"));
        assertTrue(page.contains("<p class=\"liveness lasso\">Stem: steps 1 to 4; the run stops at state 4"), page);
        assertTrue(page.contains("<div class=\"trap never-came\">never came: userspace: io_alloc_req finds free_list empty"), page);
        assertEquals(0, count(page, " in-loop\""));
    }

    @Test
    void everyLinkOfTheCataloguePageHasItsTarget() {
        assertEveryLinkHasItsTarget(HtmlReport.render(ReportFixtures.catalogue()));
    }

    /** Every {@code href="#x"} of {@code page} names an element with {@code id="x"}, and ids are unique. */
    static void assertEveryLinkHasItsTarget(String page) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
        while (id.find()) {
            assertTrue(ids.add(id.group(1)), "duplicate id " + id.group(1));
        }
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(page);
        int links = 0;
        while (href.find()) {
            assertTrue(ids.contains(href.group(1)), "a link to #" + href.group(1) + " has no target");
            links++;
        }
        assertTrue(links > 0, "no links");
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
