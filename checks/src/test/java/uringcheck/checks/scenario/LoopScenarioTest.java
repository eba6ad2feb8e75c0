package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.program.HandlerKind;

/**
 * {@code for_each} and device-level handlers ({@code scope: device}): the exact messages a driver author
 * reads for each rule of docs/scenario-format.md §7 and §9a.
 */
class LoopScenarioTest {

    private static final String C_HEADER = """
            scenario: s
            abstraction: c
            environment:
              commands: [inline, inline]
            device:
              fields:
                - {name: io, holds: handle, per_command: true}
                - {name: active, holds: int, per_command: true}
              locks:
                - {name: mutex, kind: mutex}
            handlers:
              uring_cmd:
                - queue: {handle: h}
                - store: {field: io, from: h}
                - schedule_work: stop_dev
                - return: {raw: -EIOCBQUEUED}
            """;

    private static List<String> errors(String text) {
        return BrokenScenarioTest.errors(text);
    }

    @Test
    void aDeviceLevelHandlerReachesPerCommandFieldsOnlyInsideALoop() {
        assertEquals(List.of("bad.yaml:21:9: kworker handler 'stop_dev' runs for the device (scope: device), not"
                + " for one command, so per-command field 'io' has no instance there: reach it inside for_each:"
                + " {var: t, do: [...]}, or remove scope: device"), errors(C_HEADER + """
                  stop_dev:
                    context: kworker
                    scope: device
                    body:
                      - clear: {field: io}
                """));
    }

    @Test
    void releaseReachesPerCommandFieldsInsideALoop() throws ScenarioException {
        String text = C_HEADER.replace("    - schedule_work: stop_dev\n", "") + """
                  release:
                    - for_each:
                        var: t
                        do:
                          - set: {field: active, value: 0}
                """;
        Scenario s = ScenarioParser.parse("ok.yaml", new StringReader(text));
        assertEquals("ForEach[var=t, body=[SetField[field=active, value=0, pos=Pos[line=20, column=13]]],"
                + " pos=Pos[line=17, column=7]]",
                s.driver().handler(HandlerKind.RELEASE).orElseThrow().body().get(0).toString());
    }

    @Test
    void queueCompleteAndReturnActOnTheIssuedCommandOnceNotPerIteration() {
        assertEquals(List.of("bad.yaml:10:13: return inside for_each (loop over 't'): it acts on the command"
                + " being issued, once, not on each command of the walk; move it after the loop"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - for_each:
                        var: t
                        do:
                          - return: {err: EINVAL}
                    - return: {err: EINVAL}
                """));
    }

    @Test
    void anEmptyLoopBodyIsAnError() {
        assertEquals(List.of(
                "bad.yaml:23:15: for_each's 'do:' list is empty: give it the statements one iteration runs for"
                        + " command t, or remove the loop"), errors(C_HEADER + """
                  stop_dev:
                    context: kworker
                    scope: device
                    body:
                      - for_each:
                          var: t
                          do: []
                """));
    }

    @Test
    void oneIterationMustLeaveTheLocksItFound() {
        assertEquals(List.of("bad.yaml:21:9: one iteration of this for_each changes the locks held (before: [],"
                + " after: [mutex]): take and release each lock inside the body"), errors(C_HEADER + """
                  stop_dev:
                    context: kworker
                    scope: device
                    body:
                      - for_each:
                          var: t
                          do:
                            - lock: mutex
                      - unlock: mutex
                """));
    }

    @Test
    void safeRustCannotMoveAValueBoundBeforeTheLoopInItsBody() {
        assertEquals(List.of("bad.yaml:16:7: would not compile in safe Rust: the body of this for_each moves 'h'"
                + " (at line 20), bound before the loop at line 15: the next iteration would use the moved value;"
                + " load the value inside the loop (load: {field: f, into: h}) so each iteration owns its own"),
                errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline, inline]
                device:
                  fields:
                    - {name: io, holds: handle, per_command: true}
                    - {name: one, holds: handle}
                handlers:
                  uring_cmd:
                    - queue: {handle: h, token: t}
                    - store: {field: one, from: h}
                    - return: {ok: t}
                  release:
                    - load: {field: one, into: h}
                    - for_each:
                        var: tag
                        do:
                          - read_pdu: h
                          - done: {handle: h, ret: 0, flags: unlocked}
                """));
    }

    @Test
    void aTaskWorkHandlerCannotBeDeviceLevel() {
        assertEquals(List.of("bad.yaml:19:12: a task_work handler runs for the command it was queued with, so it"
                + " cannot have scope: device; make 'tw' a kworker (or irq) handler, or remove scope"),
                errors(C_HEADER.replace("schedule_work: stop_dev", "complete_in_task: {handle: h, handler: tw}")
                        + """
                  tw:
                    context: task_work
                    scope: device
                    body:
                      - done: {handle: cmd, ret: 0, flags: current}
                """));
    }

    @Test
    void theLoopVariableIsNotALocalToBind() {
        assertEquals(List.of("bad.yaml:24:15: 't' is the variable of the enclosing for_each (the index of its"
                + " command): choose another name"), errors(C_HEADER + """
                  stop_dev:
                    context: kworker
                    scope: device
                    body:
                      - for_each:
                          var: t
                          do:
                            - load: {field: io, into: t}
                """));
    }
}
