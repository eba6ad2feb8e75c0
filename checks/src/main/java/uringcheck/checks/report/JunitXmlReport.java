package uringcheck.checks.report;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;

/**
 * A {@link Run} as JUnit XML, the format CI systems read test results from: one {@code testsuite} per
 * target, one {@code testcase} per property checked (classname {@code uringcheck.TARGET}, name the
 * property). A case passes when the property's outcome is the expected one: violated when the target
 * names it; not violated when it does not, unless its {@code violates_at_least} admits more. It fails otherwise, with the compact trace ({@link CompactTrace}) as the failure
 * text; it is skipped when the property was not violated but a limit cut the search (no verdict). An
 * expected violation passes and carries its compact trace in {@code system-out}. No timings are written,
 * so the file is a deterministic function of the run.
 */
public final class JunitXmlReport {

    private JunitXmlReport() {
    }

    /** The outcome of one test case. */
    enum Outcome { PASSED, FAILED, SKIPPED }

    /** The JUnit XML document of {@code run}. */
    public static String render(Run run) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            int tests = 0;
            int failures = 0;
            int skipped = 0;
            for (CheckedTarget t : run.targets()) {
                for (String p : t.properties()) {
                    tests++;
                    Outcome o = outcome(t, p);
                    failures += o == Outcome.FAILED ? 1 : 0;
                    skipped += o == Outcome.SKIPPED ? 1 : 0;
                }
            }
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "uringcheck: " + run.title());
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Integer.toString(skipped));
            for (CheckedTarget t : run.targets()) {
                suite(xml, t);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private static void suite(XMLStreamWriter xml, CheckedTarget t) throws XMLStreamException {
        List<String> properties = t.properties();
        long failures = properties.stream().filter(p -> outcome(t, p) == Outcome.FAILED).count();
        long skipped = properties.stream().filter(p -> outcome(t, p) == Outcome.SKIPPED).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", t.name());
        xml.writeAttribute("tests", Integer.toString(properties.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(skipped));
        for (String p : properties) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "uringcheck." + t.name());
            xml.writeAttribute("name", p);
            Optional<Violation> v = t.result().violation(p);
            switch (outcome(t, p)) {
                case FAILED -> {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", v.isPresent() ? "unexpected violation" : "expected violation not found");
                    xml.writeAttribute("message", v.isPresent()
                            ? p + " is violated but " + t.name() + " expects " + t.expected()
                            : p + " is not violated but " + t.name() + " expects " + t.expected());
                    if (v.isPresent()) {
                        xml.writeCharacters(trace(t, v.get()));
                    }
                    xml.writeEndElement();
                }
                case SKIPPED -> {
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", "no verdict: " + t.result().limitReached().orElse("not exhaustive"));
                }
                case PASSED -> {
                    if (v.isPresent()) {
                        xml.writeStartElement("system-out");
                        xml.writeCharacters(p + " violated, as expected\n" + trace(t, v.get()));
                        xml.writeEndElement();
                    }
                }
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** The outcome of property {@code p} of target {@code t}. */
    static Outcome outcome(CheckedTarget t, String p) {
        CheckResult r = t.result();
        boolean violated = r.violation(p).isPresent();
        if (violated ? t.admitsViolation(p) : !t.expectedViolated().contains(p)) {
            return violated || r.verdict() != Verdict.INCOMPLETE ? Outcome.PASSED : Outcome.SKIPPED;
        }
        return !violated && r.verdict() == Verdict.INCOMPLETE ? Outcome.SKIPPED : Outcome.FAILED;
    }

    private static String trace(CheckedTarget t, Violation v) {
        StringBuilder out = new StringBuilder();
        for (String line : CompactTrace.render(v, "")) {
            out.append(line).append('\n');
        }
        if (v.replayable()) {
            out.append("replay: ").append(t.replayCommand()).append(' ').append(v.replayToken()).append('\n');
        }
        return out.toString();
    }
}
