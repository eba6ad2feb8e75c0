package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import uringcheck.checks.catalogue.Expectation;
import uringcheck.model.PropertyId;

/** JUnit XML: well-formed, one test case per target and property, failures exactly where the verdict surprises. */
class JunitXmlReportTest {

    @Test
    void theCatalogueRunPassesEveryCase() throws Exception {
        Run run = ReportFixtures.catalogue();
        Document doc = parse(JunitXmlReport.render(run));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        int properties = run.targets().stream().mapToInt(t -> t.properties().size()).sum();
        assertEquals(properties, doc.getElementsByTagName("testcase").getLength());
        assertEquals(Integer.toString(properties), root.getAttribute("tests"));
        assertEquals(run.targets().size(), doc.getElementsByTagName("testsuite").getLength());
        assertEquals("0", root.getAttribute("failures"));
        assertEquals(0, doc.getElementsByTagName("failure").getLength());
        assertEquals(JunitXmlReport.render(run), JunitXmlReport.render(ReportFixtures.catalogue()));
    }

    @Test
    void aSurprisingVerdictFailsItsCaseWithTheCompactTrace() throws Exception {
        CheckedTarget p8 = ReportFixtures.shipped("p08-ublk-cancel-no-claim.yaml", Expectation.violated("O1", "O2"));
        Document doc = parse(JunitXmlReport.render(new Run("p8", List.of(p8))));
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(3, failures.getLength());
        Element o2 = (Element) failures.item(0).getParentNode();
        assertEquals("uringcheck.P8-ublk-cancel-no-claim", o2.getAttribute("classname"));
        assertEquals("O2", o2.getAttribute("name"));
        assertEquals("expected violation not found", ((Element) failures.item(0)).getAttribute("type"));
        Element o3 = (Element) failures.item(1);
        assertEquals("unexpected violation", o3.getAttribute("type"));
        assertTrue(o3.getTextContent().contains(" 12    24" + " ".repeat(32) + "VIOLATES O3,O9: "),
                o3.getTextContent());
        assertEquals("3", doc.getDocumentElement().getAttribute("failures"));
    }

    @Test
    void violatesAtLeastPassesTheExtraViolationsAndStillFailsAMissingOne() throws Exception {
        CheckedTarget atLeastO1 = ReportFixtures.shipped("p08-ublk-cancel-no-claim.yaml", Expectation.violatedAtLeast(
                PropertyId.parse("O1")));
        Document doc = parse(JunitXmlReport.render(new Run("p8", List.of(atLeastO1))));
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(3, doc.getElementsByTagName("system-out").getLength());

        CheckedTarget atLeastO2 = ReportFixtures.shipped("p08-ublk-cancel-no-claim.yaml", Expectation.violatedAtLeast(
                PropertyId.parse("O2")));
        doc = parse(JunitXmlReport.render(new Run("p8", List.of(atLeastO2))));
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        assertEquals("expected violation not found", ((Element) failures.item(0)).getAttribute("type"));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
