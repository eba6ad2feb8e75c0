package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uringcheck.checks.scenario.BrokenScenarioTest.errors;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Sqe;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * Per-command SQE contents: {@code commands:} entries with an {@code sqe:}, and the {@code if} tests that
 * read them ({@code {cmd_op: N}}, {@code {sqe: f, equals: N}}); what they parse to and the exact messages
 * of their mistakes.
 */
class SqeFormatTest {

    @Test
    void commandsWithSqesAndTheirTestsParse() throws Exception {
        Scenario s = ScenarioParser.parse("ok.yaml", new StringReader("""
                scenario: s
                abstraction: c
                environment:
                  commands:
                    - inline
                    - {mode: iowq, sqe: {cmd_op: 2, tag: 5}}
                handlers:
                  uring_cmd:
                    - if: {cmd_op: 2}
                      then:
                        - return: {raw: 0}
                    - if: {sqe: tag, equals: 5}
                      then:
                        - return: {raw: 1}
                    - return: {raw: -EINVAL}
                """));
        assertEquals(List.of(SubmitMode.INLINE, SubmitMode.IOWQ), s.environment().submissions());
        assertEquals(List.of(Sqe.NONE, new Sqe(Map.of("cmd_op", 2, "tag", 5))), s.environment().sqes());
        assertEquals(0, s.environment().sqes().get(0).value(Sqe.CMD_OP));
        var body = s.driver().handlers().get(0).body();
        assertEquals(Condition.cmdOp(2), ((If) body.get(0)).condition());
        assertEquals(Condition.sqeEquals("tag", 5), ((If) body.get(1)).condition());
    }

    @Test
    void mistakesNameTheFormExpected() {
        assertEquals(List.of(
                "bad.yaml:5:36: expected a decimal integer for the SQE's cmd_op, found 'one'",
                "bad.yaml:6:7: a command (a submit mode, or {mode: inline, sqe: {cmd_op: 1, tag: 0}}) is missing the"
                        + " required key 'mode'",
                "bad.yaml:6:8: unknown key 'mod' in a command (a submit mode, or {mode: inline, sqe: {cmd_op: 1, tag:"
                        + " 0}}): expected one of mode, sqe (did you mean 'mode'?)",
                "bad.yaml:9:20: expected a decimal integer for cmd_op, found 'x'"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands:
                    - {mode: inline, sqe: {cmd_op: one}}
                    - {mod: iowq}
                handlers:
                  uring_cmd:
                    - if: {cmd_op: x}
                      then:
                        - return: {raw: 0}
                    - return: {raw: 0}
                """));
    }

    @Test
    void anSqeTestOutsideTheIssueIsRefused() {
        assertEquals(List.of(
                "bad.yaml:12:9: the SQE is read during the issue: test sqe->tag in uring_cmd and record what a kworker"
                        + " handler needs in a field (after the issue the SQ ring slot is userspace's again, O7)",
                "bad.yaml:14:9: cmd->cmd_op needs the command, and a kworker handler receives none: test it in"
                        + " uring_cmd, cancel or a task-work callback, or record what you need in a field"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - schedule_work: work
                    - return: {raw: -EIOCBQUEUED}
                  work:
                    context: kworker
                    body:
                      - if: {sqe: tag, equals: 1}
                        then: []
                      - if: {cmd_op: 1}
                        then: []
                """));
    }

    @Test
    void rustBranchesOnCmdOpButTestsNoSingleSqeField() {
        assertEquals(List.of("bad.yaml:10:7: would not compile in safe Rust: IoUringSqe offers opcode() and"
                + " cmd_data::<T>(), which copies the whole inline payload at once, and no single field to test: branch"
                + " on cmd_op ({cmd_op: N}, the command's cmd_op()), or use abstraction: c"), errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [{mode: inline, sqe: {cmd_op: 1}}]
                handlers:
                  uring_cmd:
                    - if: {cmd_op: 1}
                      then:
                        - return: {err: EINVAL}
                    - if: {sqe: tag, equals: 1}
                      then:
                        - return: {err: EINVAL}
                    - return: {err: EINVAL}
                """));
    }
}
