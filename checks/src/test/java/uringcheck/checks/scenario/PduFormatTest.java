package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uringcheck.checks.scenario.BrokenScenarioTest.errors;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.PduField;
import uringcheck.model.lifecycle.program.ReadPdu;
import uringcheck.model.lifecycle.program.WritePdu;

/**
 * The scenario format of issue 11 item 6: the {@code pdu:} layout and {@code field:} on the PDU
 * statements; what they parse to, the exact messages of their mistakes, and the Rust rule on pointer
 * fields.
 */
class PduFormatTest {

    private static final String HEADER = """
            scenario: s
            abstraction: %s
            environment:
              commands: [inline]
            """;

    @Test
    void aLayoutAndFieldAccessesParse() throws Exception {
        Scenario s = ScenarioParser.parse("ok.yaml", new StringReader(HEADER.formatted("c") + """
                pdu:
                  - {name: req, type: ptr}
                  - {name: bio, type: ptr}
                  - {name: result, type: u64}
                  - {name: status, type: i32}
                handlers:
                  uring_cmd:
                    - write_pdu: {handle: cmd, field: status, value: 1}
                    - read_pdu: {handle: cmd, field: status}
                    - assert_pdu: {field: status, equals: 1}
                    - return: {raw: 0}
                """));
        List<PduField> pdu = s.driver().pdu();
        assertEquals(List.of("req", "bio", "result", "status"), pdu.stream().map(PduField::name).toList());
        assertEquals(PduField.Type.I32, pdu.get(3).type());
        assertEquals(32, PduField.structBytes(pdu));
        var body = s.driver().handlers().get(0).body();
        assertEquals("status", ((WritePdu) body.get(0)).field());
        assertEquals("status", ((ReadPdu) body.get(1)).field());
        assertEquals("status", ((AssertPdu) body.get(2)).field());
    }

    @Test
    void withoutALayoutThePduIsOneValue() throws Exception {
        Scenario s = ScenarioParser.parse("ok.yaml", new StringReader(HEADER.formatted("c") + """
                handlers:
                  uring_cmd:
                    - write_pdu: {handle: cmd, value: 1}
                    - read_pdu: cmd
                    - return: {raw: 0}
                """));
        assertEquals(List.of(), s.driver().pdu());
        assertEquals(1, s.driver().pduCells());
        assertEquals(null, ((ReadPdu) s.driver().handlers().get(0).body().get(1)).field());
    }

    @Test
    void aFieldWithoutALayoutIsAnError() {
        assertEquals(List.of("bad.yaml:7:7: write_pdu names PDU field 'status', but no PDU layout is declared:"
                + " declare the fields at the top level (pdu: [{name: status, type: u32}]), or remove 'field:"
                + " status'"), errors(HEADER.formatted("c") + """
                handlers:
                  uring_cmd:
                    - write_pdu: {handle: cmd, field: status, value: 1}
                    - return: {raw: 0}
                """));
    }

    @Test
    void anUndeclaredFieldOrNoFieldWithALayoutIsAnError() {
        assertEquals(List.of(
                "bad.yaml:10:7: unknown PDU field 'stats' in write_pdu: the PDU's fields are result, status (did you"
                        + " mean 'status'?)",
                "bad.yaml:11:7: read_pdu names no PDU field, but the PDU has a layout (line 6): name the one it uses"
                        + " with field:, one of result, status",
                "bad.yaml:12:7: assert_pdu names no PDU field, but the PDU has a layout (line 6): name the one it"
                        + " uses with field:, one of result, status"), errors(HEADER.formatted("c") + """
                pdu:
                  - {name: result, type: u64}
                  - {name: status, type: i32}
                handlers:
                  uring_cmd:
                    - write_pdu: {handle: cmd, field: stats, value: 1}
                    - read_pdu: cmd
                    - assert_pdu: {handle: cmd, equals: 0}
                    - return: {raw: 0}
                """));
    }

    @Test
    void layoutMistakesNameTheFormExpected() {
        assertEquals(List.of("bad.yaml:7:5: PDU field 'a' is declared twice (first at line 6): give each field its"
                + " own name"), errors(HEADER.formatted("c") + """
                pdu:
                  - {name: a, type: u64}
                  - {name: a, type: u32}
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                """));
        assertEquals(List.of("bad.yaml:6:21: unknown PDU field type 'u128': expected one of u8, u16, u32, i32, u64,"
                + " i64, ptr"), errors(HEADER.formatted("c") + """
                pdu:
                  - {name: a, type: u128}
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                """));
        assertEquals(List.of("bad.yaml:5:6: pdu is empty: list the PDU's fields, e.g. [{name: status, type: i32}],"
                + " or remove pdu: to treat the PDU as one value"), errors(HEADER.formatted("c") + """
                pdu: []
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                """));
    }

    @Test
    void aLayoutLargerThanThePduIsRefused() {
        assertEquals(List.of("bad.yaml:6:3: the PDU layout takes 40 bytes, more than the 32 of io_uring_cmd's pdu"
                + " (io_uring_cmd_to_pdu's BUILD_BUG_ON would fail the build): drop or narrow fields, or keep the rest"
                + " in a driver object the PDU points to"), errors(HEADER.formatted("c") + """
                pdu:
                  - {name: req, type: ptr}
                  - {name: meta_len, type: u32}
                  - {name: bio, type: ptr}
                  - {name: result, type: u64}
                  - {name: status, type: i32}
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                """));
    }

    /** Rust reads and writes the PDU as one FromBytes + AsBytes struct: no pointer fields, under every Rust API. */
    @Test
    void aPointerFieldIsRefusedUnderTheRustAbstractions() {
        for (String a : List.of("seed", "v5", "fixed")) {
            assertEquals(List.of("bad.yaml:6:5: would not compile in safe Rust: read_pdu::<T>() needs T: FromBytes"
                    + " and write_pdu(&T) needs T: AsBytes, which no pointer type implements, so PDU field 'bio'"
                    + " cannot be a pointer: keep the object in a device field (an Option<ARef<..>>) and put an"
                    + " integer (an index, a tag) in the PDU, type: u32 or u64"), errors(HEADER.formatted(a) + """
                    pdu:
                      - {name: bio, type: ptr}
                      - {name: status, type: i32}
                    handlers:
                      uring_cmd:
                        - write_pdu: {handle: cmd, field: status, value: 1}
                        - return: {err: EINVAL}
                    """), a);
        }
    }

    @Test
    void integerFieldsAreAllowedUnderTheRustAbstractions() throws Exception {
        for (String a : List.of("seed", "v5", "fixed")) {
            Scenario s = ScenarioParser.parse("ok.yaml", new StringReader(HEADER.formatted(a) + """
                    pdu:
                      - {name: tag, type: u16}
                      - {name: status, type: i32}
                    handlers:
                      uring_cmd:
                        - write_pdu: {handle: cmd, field: status, value: 1}
                        - read_pdu: {handle: cmd, field: tag}
                        - return: {err: EINVAL}
                    """));
            assertEquals(2, s.driver().pduCells());
        }
    }
}
