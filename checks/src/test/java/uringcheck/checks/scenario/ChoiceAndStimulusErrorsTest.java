package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uringcheck.checks.scenario.BrokenScenarioTest.errors;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Broken uses of {@code choose}, {@code may_fail}, {@code return: {local: ...}} and {@code stimuli}, each
 * with the exact messages a driver author reads.
 */
class ChoiceAndStimulusErrorsTest {

    @Test
    void choiceAndMayFailShapes() {
        assertEquals(List.of(
                "bad.yaml:8:9: choose needs at least two alternatives, found 1: name each one and give its"
                        + " statements, e.g. choose: {ok: [...], fails: [...]} (an alternative may be [] for"
                        + " 'nothing happens')",
                "bad.yaml:10:40: unknown errno 'ENOMEN' for may_fail's errno: expected an errno name of"
                        + " include/uapi/asm-generic/errno-base.h or errno.h, such as EIO, EAGAIN, EBUSY, EINVAL,"
                        + " ECANCELED, EIOCBQUEUED (did you mean 'ENOMEM'?)",
                "bad.yaml:11:49: errno ENOMEM is listed twice in may_fail: list each failure once",
                "bad.yaml:12:48: may_fail's into names the errno inside on_failure, and this may_fail has none:"
                        + " add on_failure: [...] at the indentation of may_fail, or remove into",
                "bad.yaml:13:7: unknown key 'on_falure' in a may_fail statement: expected may_fail, on_failure,"
                        + " on_success (did you mean 'on_failure'?)"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - choose:
                        only:
                          - return: {raw: 0}
                    - may_fail: {call: kzalloc, errno: ENOMEN, into: ret}
                    - may_fail: {call: kzalloc, errno: [ENOMEM, ENOMEM]}
                    - may_fail: {call: kzalloc, errno: ENOMEM, into: ret}
                      on_falure: []
                    - return: {raw: 0}
                """));
    }

    @Test
    void alternativesHoldTheSameLocksAndTheErrnoLocalIsAnErrno() {
        assertEquals(List.of(
                "bad.yaml:11:7: the alternatives of this choose leave different locks held (a: [l], b: []):"
                        + " take and release each lock on every path",
                "bad.yaml:17:11: 'ret' is an errno (bound at line 15), but return needs a token (UringCmdAction)",
                "bad.yaml:17:11: lock 'l' (taken at line 13) is still held at this return: add unlock: l before it",
                "bad.yaml:18:7: 'h' is a queued handle (bound at line 10), but return: {local: ...} needs an"
                        + " errno",
                "bad.yaml:18:7: lock 'l' (taken at line 13) is still held at this return: add unlock: l before it"),
                errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                device:
                  locks:
                    - {name: l, kind: spin}
                handlers:
                  uring_cmd:
                    - queue: {handle: h, token: t}
                    - choose:
                        a:
                          - lock: l
                        b: []
                    - may_fail: {call: kzalloc, errno: ENOMEM, into: ret}
                      on_failure:
                        - return: {ok: ret}
                    - return: {local: h}
                """));
    }

    @Test
    void theErrnoLocalExistsOnlyInsideOnFailure() {
        assertEquals(List.of(
                "bad.yaml:10:7: undefined local 'ret' in return: {local: ...}: the locals bound here are cmd;"
                        + " an errno is bound by may_fail: {call: f, errno: E, into: ret}, inside its on_failure"),
                errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - may_fail: {call: kzalloc, errno: ENOMEM, into: ret}
                      on_failure:
                        - return: {local: ret}
                    - return: {local: ret}
                """));
    }

    @Test
    void stimulusShapes() {
        assertEquals(List.of(
                "bad.yaml:13:5: stimulus 'reply' is declared twice (first at line 12): give each stimulus its"
                        + " own name",
                "bad.yaml:14:53: a stimulus fires between 0 and max times, and max must be between 1 and 4,"
                        + " found 0: each fire adds states, so keep it small",
                "bad.yaml:15:38: unknown stimulus target 'everything': expected one of command, device"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                  w:
                    context: kworker
                    body: []
                stimuli:
                  - {name: reply, handler: w, target: command, max: 1}
                  - {name: reply, handler: w, target: command, max: 2}
                  - {name: other, handler: w, target: command, max: 0}
                  - {name: more, handler: w, target: everything, max: 1}
                """));
    }

    @Test
    void aStimulusStartsAKworkerOrIrqHandlerAndDeviceLevelOnesSeeNoPerCommandField() {
        assertEquals(List.of(
                "bad.yaml:20:9: handler 'later' runs for the device, not for one command (it is started by"
                        + " device-level stimulus 'removal'), so per-command field 'parked' has no instance there:"
                        + " declare it without per_command, or give the stimulus target: command",
                "bad.yaml:21:9: undefined local 'p' in done: no locals are bound here; bind it first with queue,"
                        + " complete or load",
                "bad.yaml:22:3: handler 'tw' (context task_work) is never run: no statement starts it; add"
                        + " 'complete_in_task: {handle: h, handler: tw}' where it should start, or remove the handler",
                "bad.yaml:27:5: handler 'tw' has context task_work in stimulus 'reply': a stimulus starts a handler"
                        + " with context kworker or irq; declared ones are remove, later",
                "bad.yaml:28:5: unknown handler 'nothere' in stimulus 'other': a stimulus starts a handler with"
                        + " context kworker or irq; declared ones are remove, later"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: parked, holds: handle, per_command: true}
                handlers:
                  uring_cmd:
                    - queue: {handle: h}
                    - store: {field: parked, from: h}
                    - return: {raw: -EIOCBQUEUED}
                  remove:
                    context: kworker
                    body:
                      - schedule_work: later
                  later:
                    context: kworker
                    body:
                      - load: {field: parked, into: p}
                      - done: {handle: p, ret: 0, flags: unlocked}
                  tw:
                    context: task_work
                    body: []
                stimuli:
                  - {name: removal, handler: remove, target: device, max: 1}
                  - {name: reply, handler: tw, target: command, max: 1}
                  - {name: other, handler: nothere, target: device, max: 1}
                """));
    }
}
