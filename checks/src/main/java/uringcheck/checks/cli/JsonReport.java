package uringcheck.checks.cli;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Stats;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.Trace;
import uringcheck.checks.explore.TraceStep;
import uringcheck.checks.explore.Violation;

/**
 * The {@code --json} form of results, for machines. Field order is fixed; every value but
 * {@code stats.elapsedSeconds} and {@code stats.statesPerSecond} is deterministic.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** A fresh JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A fresh JSON array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** {@code result} as a JSON object. */
    public static ObjectNode toJson(CheckResult result) {
        ObjectNode out = object();
        out.put("model", result.modelName());
        out.put("search", result.search());
        out.put("verdict", result.verdict().name());
        out.put("exhaustive", result.exhaustive());
        out.put("limitReached", result.limitReached().orElse(null));
        ArrayNode violations = out.putArray("violations");
        for (Violation v : result.violations()) {
            ObjectNode node = violations.addObject();
            node.put("property", v.property().toString());
            node.put("kind", TextReport.label(v.kind()));
            node.put("description", v.description());
            node.put("replayToken", v.replayToken().isEmpty() ? null : v.replayToken());
            node.set("trace", trace(v.trace()));
        }
        Stats s = result.stats();
        ObjectNode stats = out.putObject("stats");
        stats.put("states", s.states());
        stats.put("transitions", s.transitions());
        stats.put("maxDepth", s.maxDepth());
        stats.put("bytesPerState", s.bytesPerState());
        stats.put("collisionProbability", s.collisionProbability());
        stats.put("elapsedSeconds", s.elapsedNanos() / 1e9);
        stats.put("statesPerSecond", s.statesPerSecond());
        return out;
    }

    private static ObjectNode trace(Trace trace) {
        ObjectNode out = object();
        out.set("initial", fields(trace.initial()));
        ArrayNode steps = out.putArray("steps");
        for (TraceStep step : trace.steps()) {
            ObjectNode node = steps.addObject();
            node.put("number", step.number());
            node.put("actor", step.actor());
            node.put("action", step.action());
            node.set("changes", fields(step.changes()));
        }
        trace.trap().ifPresent(t -> {
            ObjectNode trap = out.putObject("trap");
            trap.put("entryStep", t.entryStep());
            trap.put("backTo", t.isCycle() ? t.backTo() : null);
            trap.put("deadEnd", !t.isCycle());
            trap.put("size", t.size());
        });
        trace.lasso().ifPresent(l -> {
            ObjectNode lasso = out.putObject("lasso");
            lasso.put("loopStart", l.loopStart());
            lasso.put("stops", l.stops());
            ArrayNode neverCame = lasso.putArray("neverCame");
            l.neverCame().forEach(neverCame::add);
        });
        return out;
    }

    private static ObjectNode fields(Map<String, String> fields) {
        ObjectNode out = object();
        fields.forEach(out::put);
        return out;
    }

    /** Pretty-printed JSON text of {@code node}. */
    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
