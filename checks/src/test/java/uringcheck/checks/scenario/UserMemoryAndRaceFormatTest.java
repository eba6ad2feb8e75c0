package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uringcheck.checks.scenario.BrokenScenarioTest.errors;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.program.CopyFromUser;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.ReadSqe;

/**
 * The scenario format of issue 11 items 5 and 7: {@code read_sqe} with a field, {@code copy_from_user},
 * and {@code plain} fields; what they parse to, and the exact messages of their mistakes.
 */
class UserMemoryAndRaceFormatTest {

    @Test
    void aFieldReadACopyAndAPlainFieldParse() throws Exception {
        Scenario s = ScenarioParser.parse("ok.yaml", new StringReader("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: n, holds: int, plain: true}
                    - {name: m, holds: int}
                handlers:
                  uring_cmd:
                    - read_sqe: {handle: cmd, field: addr}
                    - read_sqe: cmd
                    - copy_from_user: args
                    - add: {field: n, value: 1}
                    - add: {field: m, value: 1}
                    - return: {raw: 0}
                """));
        List<FieldDecl> fields = s.driver().fields();
        assertTrue(fields.get(0).plain());
        assertEquals(false, fields.get(1).plain());
        var body = s.driver().handlers().get(0).body();
        assertEquals("addr", ((ReadSqe) body.get(0)).field());
        assertEquals(null, ((ReadSqe) body.get(1)).field());
        assertEquals("args", ((CopyFromUser) body.get(2)).buffer());
    }

    @Test
    void mistakesNameTheFormExpected() {
        assertEquals(List.of(
                "bad.yaml:7:36: expected true or false for plain, found 'yes'",
                "bad.yaml:10:17: read_sqe (read_sqe: cmd  or  read_sqe: {handle: cmd, field: addr}) is missing the"
                        + " required key 'field'",
                "bad.yaml:11:23: expected text for copy_from_user's user data (copy_from_user: args), found a"
                        + " mapping"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: n, holds: int, plain: yes}
                handlers:
                  uring_cmd:
                    - read_sqe: {handle: cmd}
                    - copy_from_user: {from: args}
                    - return: {raw: 0}
                """));
    }

    @Test
    void copyFromUserOutsideTheIssueIsRefused() {
        assertEquals(List.of("bad.yaml:12:9: copy_from_user is only available in uring_cmd: it reads the"
                + " submitter's user memory, which the issue (inline, or io-wq sharing the task's mm) can reach; a"
                + " kworker or IRQ has no user mm and task work may run in the fallback kworker (O11): copy in the"
                + " issue and keep the copy"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - schedule_work: w
                    - return: {raw: 0}
                  w:
                    context: kworker
                    body:
                      - copy_from_user: args
                """));
    }

    @Test
    void rustReadsTheWholePayloadOrTheOpcodeOnly() {
        assertEquals(List.of("bad.yaml:7:7: would not compile in safe Rust: IoUringSqe offers opcode() and"
                + " cmd_data::<T>(), which copies the whole inline payload at once, and no other field: read field:"
                + " cmd (or opcode) and take the fields from that one copy"), errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - read_sqe: {handle: cmd, field: addr}
                    - read_sqe: {handle: cmd, field: cmd}
                    - read_sqe: {handle: cmd, field: opcode}
                    - copy_from_user: args
                    - complete: {ret: 0, token: t}
                    - return: {ok: t}
                """));
    }
}
