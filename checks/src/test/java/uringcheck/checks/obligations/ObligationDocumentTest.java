package uringcheck.checks.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.Limits;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.checks.soundness.Sweep;
import uringcheck.checks.soundness.SweepResult;
import uringcheck.checks.soundness.SweepVocabulary;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/** The proof-obligation document: statuses from the sweep or the catalogue, and both renderings. */
class ObligationDocumentTest {

    private static final DischargeTable TABLE = DischargeTable.shipped();

    private static SweepResult sweep(Abstraction a, int l) {
        return new Sweep(Limits.defaults(), (done, total, states, elapsed) -> { }).run(SweepVocabulary.of(a), l);
    }

    @Test
    void seedAtTwoStatementsIsViolatedWhereTheSweepFoundAWitnessAndProvedElsewhere() {
        SweepResult r = sweep(Abstraction.SEED, 2);
        Map<Obligation, ObligationStatus> s = ObligationDocument.statuses(r, TABLE);
        assertEquals("seed#2", ((ObligationStatus.Violated) s.get(Obligation.O8)).finding().program().name());
        assertEquals("seed#3", ((ObligationStatus.Violated) s.get(Obligation.O13)).finding().program().name());
        assertInstanceOf(ObligationStatus.Violated.class, s.get(Obligation.O2));
        assertEquals(new ObligationStatus.HoldsUpTo(2, ""), s.get(Obligation.O1));
        assertEquals(new ObligationStatus.HoldsUpTo(2, TABLE.sweepLimits().get(Obligation.O7)), s.get(Obligation.O7));
        for (Obligation o : List.of(Obligation.O11, Obligation.O14, Obligation.O15)) {
            assertInstanceOf(ObligationStatus.OutOfScope.class, s.get(o), o.name());
        }
        String md = MarkdownWriter.render(ObligationDocument.render(Abstraction.SEED, r, s, TABLE));
        assertTrue(md.startsWith("# Proof obligations under the seed abstraction\n"), md);
        assertTrue(md.contains("| O8 | the driver | violated (seed#2, smallest L 1) |"), md);
        assertTrue(md.contains("| O1 | the type system, a vtable rule, the driver | proved up to L = 2 |"), md);
        assertTrue(md.contains("| O11 | the type system | out of scope |"), md);
        assertTrue(md.contains("Shortest witness: program seed#2 (1 statements"), md);
        assertTrue(md.contains("```rust\n// abstraction: seed\n"), md);
        assertTrue(md.contains("return Err(EAGAIN)"), md);
    }

    @Test
    void aHoleTheSweepDoesNotReachAtTheBoundIsNotClaimed() {
        Map<Obligation, ObligationStatus> at3 = ObligationDocument.statuses(sweep(Abstraction.SEED, 3), TABLE);
        assertInstanceOf(ObligationStatus.Violated.class, at3.get(Obligation.O1));
        assertEquals(new ObligationStatus.HoldsUpTo(3, ""), at3.get(Obligation.O3));
    }

    @Test
    void underCTheCatalogueSaysWhatApplies() {
        Map<Obligation, ObligationStatus> s = ObligationDocument.statuses(ScenarioCatalogue.load());
        assertEquals(new ObligationStatus.Catalogue(List.of("c-sqe-read-in-kworker", "f06-c-sqe-read-in-kworker-no-reuse",
                "r71-btrfs-encoded-read-args-before")),
                s.get(Obligation.O7));
        assertInstanceOf(ObligationStatus.OutOfScope.class, s.get(Obligation.O15));
        String md = MarkdownWriter.render(ObligationDocument.render(Abstraction.C, null, s, TABLE));
        assertTrue(md.contains("There is no soundness sweep under `c`"), md);
        assertTrue(md.contains("violated by the catalogue scenarios `c-sqe-read-in-kworker`,"
                + " `f06-c-sqe-read-in-kworker-no-reuse`, `r71-btrfs-encoded-read-args-before`."), md);
    }

    @Test
    void htmlIsOnePageWithNothingFetched() {
        SweepResult r = sweep(Abstraction.FIXED, 1);
        String html = HtmlWriter.render(ObligationDocument.render(Abstraction.FIXED, r,
                ObligationDocument.statuses(r, TABLE), TABLE));
        assertTrue(html.startsWith("<!DOCTYPE html>\n"), html);
        assertTrue(html.endsWith("</html>\n"));
        for (String remote : List.of("http:", "https:", "<script", "<link", "src=", "@import", "url(")) {
            assertFalse(html.contains(remote), remote);
        }
        assertTrue(html.contains("<td>O1</td><td>a vtable rule</td><td>proved up to L = 1</td>"), html);
        assertTrue(html.contains("<code>--max-statements</code>"), html);
    }

    @Test
    void htmlEscapesWhatItShows() {
        Doc doc = new Doc("a <b> & `c<d>`", List.of(new Doc.Code("", "if a < b && c > d {}\n"),
                new Doc.Table(List.of("x"), List.of(List.of("p | q")))));
        String html = HtmlWriter.render(doc);
        assertTrue(html.contains("<h1>a &lt;b&gt; &amp; <code>c&lt;d&gt;</code></h1>"), html);
        assertTrue(html.contains("<pre><code>if a &lt; b &amp;&amp; c &gt; d {}\n</code></pre>"), html);
        assertTrue(MarkdownWriter.render(doc).contains("| p \\| q |"));
    }
}
