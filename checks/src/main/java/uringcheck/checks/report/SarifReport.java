package uringcheck.checks.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.UsageException;
import uringcheck.checks.explore.Violation;

/**
 * A {@link Run} as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format): one run of the tool
 * {@code uringcheck} whose rules are the properties violated, and one result per violated property and
 * target, located at the scenario file and line of the step that breaches it ({@link Violations}), with
 * the counterexample as a code flow (one thread flow, one location per step, in execution order). A
 * fair-liveness lasso also says its shape: the message names the stem, the loop (or where the run stops)
 * and the stimuli that never came; the result's {@code properties.lasso} holds {@code loopStart},
 * {@code stops} and {@code neverCame}; each step's thread-flow location has {@code properties.lasso}
 * {@code stem} or {@code loop}. A violation the target expects is a {@code note}, an unexpected one an
 * {@code error}. Field order is fixed
 * and nothing depends on time.
 */
public final class SarifReport {

    /** The schema URI SARIF files name. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    /** The SARIF log of {@code run}, as pretty-printed JSON ending in a newline. */
    public static String render(Run run) {
        try {
            return MAPPER.writeValueAsString(toJson(run)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF: " + e.getMessage(), e);
        }
    }

    /** The SARIF log of {@code run}. */
    public static ObjectNode toJson(Run run) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (CheckedTarget t : run.targets()) {
            for (Violation v : t.result().violations()) {
                rules.putIfAbsent(v.property().toString(), v.description());
            }
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode sarifRun = log.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", "uringcheck");
        driver.put("version", "0.1.0");
        ArrayNode ruleArray = driver.putArray("rules");
        rules.forEach((id, description) -> {
            ObjectNode rule = ruleArray.addObject();
            rule.put("id", id);
            rule.putObject("shortDescription").put("text", description);
        });
        ArrayNode results = sarifRun.putArray("results");
        for (CheckedTarget t : run.targets()) {
            for (Violation v : t.result().violations()) {
                results.add(result(t, v, ruleIds.indexOf(v.property().toString())));
            }
        }
        return log;
    }

    private static ObjectNode result(CheckedTarget t, Violation v, int ruleIndex) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("ruleId", v.property().toString());
        r.put("ruleIndex", ruleIndex);
        boolean expected = t.admitsViolation(v.property().toString());
        r.put("level", expected ? "note" : "error");
        Optional<StepText> at = Violations.violatingStep(v);
        StringBuilder message = new StringBuilder(t.name()).append(": ").append(v.property()).append(" (")
                .append(TextReport.label(v.kind())).append(") violated: ").append(v.description());
        at.ifPresent(s -> message.append(". Step ").append(s.step().number()).append(" (").append(s.lane())
                .append("): ").append(s.kernelText()));
        v.trace().lasso().ifPresent(l -> message.append(". ").append(HtmlReport.lassoSummary(l,
                v.trace().steps().size()).replaceAll("\\.$", "")));
        if (v.replayable()) {
            message.append(". Replay: ").append(t.replayCommand()).append(' ').append(v.replayToken());
        }
        message.append(expected ? " (expected by the scenario)" : " (not expected)");
        r.putObject("message").put("text", message.toString());
        r.putArray("locations").add(location(t, at.map(StepText::line).orElse(0), Optional.empty()));
        if (!v.trace().steps().isEmpty()) {
            ArrayNode flow = r.putArray("codeFlows").addObject().putArray("threadFlows").addObject()
                    .putArray("locations");
            for (StepText s : StepText.of(v.trace().steps())) {
                ObjectNode step = flow.addObject();
                step.set("location", location(t, s.line(), Optional.of("step " + s.step().number() + " ("
                        + s.lane() + "): " + s.kernelText())));
                step.put("executionOrder", s.step().number());
                v.trace().lasso().ifPresent(l -> step.putObject("properties").put("lasso",
                        !l.stops() && s.step().number() > l.loopStart() ? "loop" : "stem"));
                if (s.breaches().contains(v.property())) {
                    step.put("importance", "essential");
                }
            }
        }
        ObjectNode properties = r.putObject("properties");
        properties.put("target", t.name());
        properties.put("expected", expected);
        if (v.replayable()) {
            properties.put("replayToken", v.replayToken());
        }
        v.trace().lasso().ifPresent(l -> {
            ObjectNode lasso = properties.putObject("lasso");
            lasso.put("loopStart", l.loopStart());
            lasso.put("stops", l.stops());
            ArrayNode neverCame = lasso.putArray("neverCame");
            l.neverCame().forEach(neverCame::add);
        });
        return r;
    }

    private static ObjectNode location(CheckedTarget t, int line, Optional<String> message) {
        ObjectNode location = MAPPER.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(t.source().map(ScenarioSource::path).orElse(t.name())));
        if (line > 0) {
            physical.putObject("region").put("startLine", line);
        }
        message.ifPresent(m -> location.putObject("message").put("text", m));
        return location;
    }

    /** A file name as a SARIF URI: relative paths stay relative (with {@code /}), absolute ones become file URIs. */
    static String uri(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new UsageException("the file name " + path + " cannot be written as a URI for SARIF ("
                    + e.getMessage() + "): rename the file");
        }
    }
}
