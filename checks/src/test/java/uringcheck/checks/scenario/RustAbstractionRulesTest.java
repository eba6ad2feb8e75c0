package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * The v5 and fixed abstractions in scenario files: v5 binds complete_in_task and (for the sweep) the
 * cancel binding; fixed only lets a driver write the running callback's capability or done_unlocked,
 * and its cancel call gets a view that cannot complete.
 */
class RustAbstractionRulesTest {

    private static final String PARKED = """
            scenario: s
            abstraction: %s
            environment:
              commands: [inline]
              events: [ring_exit]
            device:
              fields:
                - {name: h, holds: handle, per_command: true}
            handlers:
              uring_cmd:
                - queue: {handle: q, token: t}
                - mark_cancelable: {handle: q, flags: %s}
                - complete_in_task: {handle: q, handler: tw}
                - return: {ok: t}
              tw:
                context: task_work
                body:
                  - done: {handle: cmd, ret: 0, flags: %s}
              cancel:
                - done: {handle: cmd, ret: -ECANCELED, flags: %s}
            """;

    @Test
    void v5AcceptsTaskWorkTheConstantAndTheCancelBinding() throws Exception {
        Scenario s = ScenarioParser.parse("v5.yaml", new StringReader(
                PARKED.formatted("v5", "forwarded", "task_work", "forwarded")));
        assertEquals(Abstraction.V5, s.abstraction());
    }

    @Test
    void seedStillRejectsThem() {
        List<String> errors = BrokenScenarioTest.errors(PARKED.formatted("seed", "forwarded", "task_work", "forwarded"));
        assertEquals(5, errors.size(), errors.toString());
    }

    @Test
    void fixedRejectsMasksOtherThanTheCapabilityAndACancelDoneOnItsView() {
        List<String> errors = BrokenScenarioTest.errors(PARKED.formatted("fixed", "forwarded", "task_work", "current"));
        assertEquals(List.of(
                "bad.yaml:12:7: would not compile in safe Rust under abstraction: fixed: mark_cancelable takes the"
                        + " IssueCap of a running callback: use flags: current in uring_cmd or a task-work callback",
                "bad.yaml:18:9: would not compile in safe Rust under abstraction: fixed: done takes the IssueCap of"
                        + " the running callback: use flags: current",
                "bad.yaml:20:7: 'cmd' is an IoUringCmd (the fresh command) (bound at line 19), but done needs a queued"
                        + " handle (would not compile in safe Rust: IoUringCmd has no done method; queue it first:"
                        + " queue: {handle: h, token: t})"), errors);
    }

    @Test
    void fixedAcceptsTheCapabilityInCallbacksAndDoneUnlockedInAWorkItem() throws Exception {
        Scenario s = ScenarioParser.parse("fixed.yaml", new StringReader("""
                scenario: s
                abstraction: fixed
                environment:
                  commands: [inline]
                  events: [ring_exit]
                device:
                  fields:
                    - {name: h, holds: handle, per_command: true}
                handlers:
                  uring_cmd:
                    - queue: {handle: q, token: t}
                    - mark_cancelable: {handle: q, flags: current}
                    - store: {field: h, from: q}
                    - schedule_work: work
                    - return: {ok: t}
                  work:
                    context: kworker
                    body:
                      - load: {field: h, into: q}
                      - done: {handle: q, ret: 0, flags: unlocked}
                  cancel:
                    - read_pdu: cmd
                    - load: {field: h, into: q}
                    - done: {handle: q, ret: -ECANCELED, flags: current}
                """));
        assertEquals(Abstraction.FIXED, s.abstraction());
    }

    @Test
    void fixedRejectsDoneUnlockedInsideACallback() {
        List<String> errors = BrokenScenarioTest.errors("""
                scenario: s
                abstraction: fixed
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - queue: {handle: q, token: t}
                    - done: {handle: q, ret: 0, flags: unlocked}
                    - return: {ok: t}
                """);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("bad.yaml:8:7: would not compile in safe Rust under abstraction: fixed:"),
                errors.get(0));
    }
}
