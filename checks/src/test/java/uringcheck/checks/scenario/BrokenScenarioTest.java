package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Statement;

/**
 * Broken scenario files, each giving the exact messages a driver author reads: file, line, column, what
 * was found, what was expected. One test per kind of mistake.
 */
class BrokenScenarioTest {

    /** The messages {@code text} (named {@code bad.yaml}) is rejected with, one per line. */
    static List<String> errors(String text) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioParser.parse("bad.yaml", new StringReader(text)));
        return e.errors().stream().map(ScenarioError::render).collect(Collectors.toList());
    }

    @Test
    void unknownStatementSuggestsTheClosestWord() {
        assertEquals(List.of("bad.yaml:8:7: unknown statement 'donee': expected one of read_pdu, write_pdu,"
                + " assert_pdu, read_cmd_op, read_sqe, copy_from_user, read_file, queue, complete, return, done,"
                + " complete_in_task, mark_cancelable, schedule_work, raise_irq, store, load, clear, set, add,"
                + " subtract, if, choose, may_fail, for_each, alloc, free, list_add, list_add_tail, list_del, list_move,"
                + " list_move_tail, list_first, assert, lock, unlock (did you mean 'done'?)"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - queue: {handle: h}
                    - donee: {handle: h, ret: 0, flags: unlocked}
                    - return: {raw: -EIOCBQUEUED}
                """));
    }

    @Test
    void unknownKeysAreRejectedWithSuggestions() {
        assertEquals(List.of(
                "bad.yaml:5:3: unknown key 'evnts' in environment: expected one of commands, slots, events"
                        + " (did you mean 'events'?)",
                "bad.yaml:8:13: done (done: {handle: h, ret: 0, flags: unlocked}) is missing the required key"
                        + " 'flags'",
                "bad.yaml:8:22: unknown key 'flag' in done (done: {handle: h, ret: 0, flags: unlocked}): expected"
                        + " one of handle, ret, flags (did you mean 'flags'?)"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                  evnts: [ring_exit]
                handlers:
                  uring_cmd:
                    - done: {ret: 0, flag: unlocked}
                    - return: {raw: -EIOCBQUEUED}
                """));
    }

    @Test
    void wrongTypesNameWhatWasFoundAndExpected() {
        assertEquals(List.of(
                "bad.yaml:4:13: expected a list for environment commands (one submit mode per command, e.g."
                        + " [inline, iowq]), found 'inline': write [inline] or one '- item' per line",
                "bad.yaml:7:51: expected true or false for per_command, found 'yes'",
                "bad.yaml:10:26: expected a decimal integer for write_pdu's value, found 'seven'"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: inline
                device:
                  fields:
                    - {name: pending, holds: handle, per_command: yes}
                handlers:
                  uring_cmd:
                    - write_pdu: {value: seven}
                    - return: {raw: 0}
                """));
    }

    @Test
    void missingUringCmdHandler() {
        assertEquals(List.of(
                "bad.yaml:6:3: handlers has no 'uring_cmd': every driver needs the uring_cmd handler, the"
                        + " f_op->uring_cmd the core calls to issue a command"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  release:
                    - set: {field: n, value: 1}
                """));
    }

    @Test
    void undefinedLocal() {
        assertEquals(List.of("bad.yaml:8:7: undefined local 'hh' in done: the locals bound here are cmd, h;"
                + " bind it first with queue, complete or load (did you mean 'h'?)"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - queue: {handle: h}
                    - done: {handle: hh, ret: 0, flags: current}
                    - return: {raw: -EIOCBQUEUED}
                """));
    }

    @Test
    void movedValueReusedUnderSeedWouldNotCompile() {
        assertEquals(List.of(
                "bad.yaml:12:7: would not compile in safe Rust: use of moved value 'h' (moved at line 11)",
                "bad.yaml:13:7: would not compile in safe Rust: use of moved value 'cmd' (moved at line 10)"),
                errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: pending, holds: handle}
                handlers:
                  uring_cmd:
                    - queue: {handle: h, token: t}
                    - store: {field: pending, from: h}
                    - done: {handle: h, ret: 0, flags: current}
                    - read_pdu: cmd
                    - return: {ok: t}
                """));
    }

    @Test
    void theSameProgramUnderCCopiesPointersAndIsAccepted() throws ScenarioException {
        Scenario s = ScenarioParser.parse("ok.yaml", new StringReader("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: pending, holds: handle}
                handlers:
                  uring_cmd:
                    - queue: {handle: h}
                    - store: {field: pending, from: h}
                    - done: {handle: h, ret: 0, flags: current}
                    - read_pdu: cmd
                    - return: {raw: -EIOCBQUEUED}
                """));
        assertEquals(4, s.driver().handler("uring_cmd").orElseThrow().body().size() - 1);
    }

    @Test
    void movedInOneBranchIsMovedAfterTheIf() {
        assertEquals(List.of(
                "bad.yaml:15:7: would not compile in safe Rust: use of moved value 'h' (moved at line 14)"),
                errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: pending, holds: handle}
                    - {name: flag, holds: int}
                handlers:
                  uring_cmd:
                    - queue: {handle: h, token: t}
                    - if: {field: flag, equals: 1}
                      then:
                        - done: {handle: h, ret: 0, flags: current}
                    - store: {field: pending, from: h}
                    - return: {ok: t}
                """));
    }

    @Test
    void badErrnoNames() {
        assertEquals(List.of(
                "bad.yaml:8:30: unknown errno 'EFOO' for done's ret: expected an errno name of"
                        + " include/uapi/asm-generic/errno-base.h or errno.h, such as EIO, EAGAIN, EBUSY, EINVAL,"
                        + " ECANCELED, EIOCBQUEUED (did you mean 'EDOM'?)",
                "bad.yaml:9:21: unknown errno 'EINVALL' for return's err: expected an errno name of"
                        + " include/uapi/asm-generic/errno-base.h or errno.h, such as EIO, EAGAIN, EBUSY, EINVAL,"
                        + " ECANCELED, EIOCBQUEUED (did you mean 'EINVAL'?)",
                "bad.yaml:10:23: complete's ret is a return value: write -EIO (negative), not EIO"), errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - queue: {handle: h, token: t}
                    - done: {handle: h, ret: -EFOO, flags: current}
                    - return: {err: EINVALL}
                    - complete: {ret: EIO, token: u}
                """));
    }

    @Test
    void clearTakesAHandleOrTokenField() {
        assertEquals(List.of("bad.yaml:10:7: field 'state' holds int (line 7), but clear needs a field that holds"
                + " handle or token or object"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: state, holds: int}
                handlers:
                  uring_cmd:
                    - clear: {field: state}
                    - return: {err: ENOTCONN}
                """));
    }

    @Test
    void callbackTestsOnlyWhereTheCoreGaveThem() {
        assertEquals(List.of(
                "bad.yaml:17:9: a kworker handler receives no issue_flags (the core calls only uring_cmd, cancel and"
                        + " task-work callbacks with a mask): test them there, or record what you need in a field",
                "bad.yaml:19:9: cmd->flags needs the command, and a kworker handler receives none: test them in"
                        + " uring_cmd, cancel or a task-work callback",
                "bad.yaml:26:9: would not compile in safe Rust: the abstraction's task-work callback receives (cmd,"
                        + " issue_flags) and no io_tw_state: tw.cancel cannot be read; use abstraction: c"), errors("""
                scenario: s
                abstraction: v5
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: pending, holds: handle, per_command: true}
                handlers:
                  uring_cmd:
                    - queue: {handle: h, token: t}
                    - store: {field: pending, from: h}
                    - schedule_work: worker
                    - return: {ok: t}
                  worker:
                    context: kworker
                    body:
                      - if: {issue_flags: NONBLOCK}
                        then: []
                      - if: {cmd_flags: REISSUE}
                        then: []
                      - load: {field: pending, into: h}
                      - complete_in_task: {handle: h, handler: tw}
                  tw:
                    context: task_work
                    body:
                      - if: {tw: cancel}
                        then: []
                      - done: {handle: cmd, ret: 0, flags: current}
                """));
    }

    @Test
    void yamlSyntaxError() {
        assertEquals(List.of("bad.yaml:8:1: YAML syntax error: expected ',' or '}', but got <stream end>"
                + " (while parsing a flow mapping that starts at line 7, column 15): check the indentation and"
                + " that every 'key: value' has a space after the colon"), errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - return: {err: EINVAL
                """));
    }

    @Test
    void emptyFile() {
        assertEquals(List.of("bad.yaml:1:1: empty scenario file: expected a mapping with the keys scenario,"
                + " abstraction, environment and handlers (see docs/scenario-format.md)"), errors("# nothing\n"));
    }

    @Test
    void duplicateKeys() {
        assertEquals(List.of("bad.yaml:3:1: duplicate key 'abstraction' in the scenario file (first at line 2):"
                + " remove one of them"), errors("""
                scenario: s
                abstraction: seed
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - return: {err: EINVAL}
                """));
    }

    @Test
    void statementArgumentsNotIndented() {
        assertEquals(List.of("bad.yaml:7:7: a statement has exactly one key, found 2 (done, handle): 'done' has"
                + " no value: indent its arguments deeper than 'done', or write done: {handle: ...}"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - done:
                      handle: cmd
                    - return: {raw: -EIOCBQUEUED}
                """));
    }

    @Test
    void handlerNamesResolveToTheRightContext() {
        assertEquals(List.of(
                "bad.yaml:7:7: handler 'tw' has context task_work in schedule_work: it needs a handler with"
                        + " context kworker; declare one under handlers: tw: {context: kworker, body: [...]}",
                "bad.yaml:8:7: unknown handler 'irqq' in raise_irq: it needs a handler with context irq; declared"
                        + " irq handlers are irq (did you mean 'irq'?)",
                "bad.yaml:10:3: handler 'tw' (context task_work) is never run: no statement starts it; add"
                        + " 'complete_in_task: {handle: h, handler: tw}' where it should start, or remove the handler",
                "bad.yaml:13:3: handler 'irq' (context irq) is never run: no statement starts it; add"
                        + " 'raise_irq: irq' where it should start, or remove the handler"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - schedule_work: tw
                    - raise_irq: irqq
                    - return: {raw: 0}
                  tw:
                    context: task_work
                    body: [{done: {ret: 0, flags: task_work}}]
                  irq:
                    context: irq
                    body: []
                """));
    }

    @Test
    void seedHasNoTokenlessCApiAndCHasNoTokens() {
        assertEquals(List.of(
                "bad.yaml:7:7: would not compile in safe Rust: uring_cmd returns Result<UringCmdAction>, not an"
                        + " integer: use return: {ok: token} or return: {err: ERRNO}"), errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                """));
        assertEquals(List.of(
                "bad.yaml:7:7: the C API has no UringCmdAction token: remove 'token:' and return -EIOCBQUEUED"
                        + " with return: {raw: -EIOCBQUEUED}",
                "bad.yaml:8:7: Ok(token) exists only under abstraction: seed; under c return the value, e.g."
                        + " return: {raw: -EIOCBQUEUED}"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - queue: {handle: h, token: t}
                    - return: {ok: t}
                """));
    }

    @Test
    void seedHandlesHaveOnlyTheSeedMethods() {
        assertEquals(List.of(
                "bad.yaml:7:7: 'cmd' is an IoUringCmd (the fresh command) (bound at line 6), but done needs a"
                        + " queued handle (would not compile in safe Rust: IoUringCmd has no done method; queue it"
                        + " first: queue: {handle: h, token: t})",
                "bad.yaml:9:7: would not compile in safe Rust: QueuedIoUringCmd has no sqe(); read the SQE"
                        + " through the IoUringCmd in uring_cmd, before queue",
                "bad.yaml:10:7: the seed abstraction has no binding for io_uring_cmd_mark_cancelable (SPEC §7 F):"
                        + " use abstraction: c"), errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - done: {handle: cmd, ret: 0, flags: current}
                    - queue: {handle: h, token: t}
                    - read_sqe: h
                    - mark_cancelable: {handle: h, flags: current}
                    - return: {ok: t}
                """));
    }

    @Test
    void cmdIsNotBoundInAWorkItem() {
        assertEquals(List.of("bad.yaml:12:9: 'cmd' is not bound in kworker handler 'work': a work item or"
                + " interrupt receives no command; store the handle in a device field in uring_cmd (store:"
                + " {field: f, from: h}) and load it here (load: {field: f, into: h})"), errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - schedule_work: work
                    - return: {err: EINVAL}
                  work:
                    context: kworker
                    body:
                      - read_pdu: cmd
                """));
    }

    @Test
    void locksMustBeDeclaredBalancedAndNotMutexesInIrq() {
        assertEquals(List.of(
                "bad.yaml:11:7: unknown lock 'lok' in lock: declared locks are lock, big (did you mean 'lock'?)",
                "bad.yaml:14:7: lock 'lock' (taken at line 12) is still held at this return: add unlock: lock"
                        + " before it",
                "bad.yaml:18:9: mutex 'big' may sleep, and an IRQ handler runs in atomic context: declare it"
                        + " kind: spin, or take it in a kworker",
                "bad.yaml:19: lock 'big' (taken at line 18) is still held at the end of irq: add unlock: big as"
                        + " its last statement",
                "bad.yaml:19:9: unlock of 'lock', which this path of irq does not hold: add lock: lock before it,"
                        + " or remove the unlock"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  locks:
                    - {name: lock, kind: spin}
                    - {name: big, kind: mutex}
                handlers:
                  uring_cmd:
                    - lock: lok
                    - lock: lock
                    - raise_irq: irq
                    - return: {raw: 0}
                  irq:
                    context: irq
                    body:
                      - lock: big
                      - unlock: lock
                """));
    }

    @Test
    void uringCmdMustReturnOnEveryPathAndNothingFollowsAReturn() {
        assertEquals(List.of(
                "bad.yaml:13: uring_cmd can reach its end after line 13 without a return: every path of uring_cmd"
                        + " must end with return: {ok: ...}, {err: ...} or {raw: ...}",
                "bad.yaml:13:11: unreachable statement: the return at line 12 already ended every path here;"
                        + " remove it or move it before the return"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: n, holds: int}
                handlers:
                  uring_cmd:
                    - if: {field: n, equals: 0}
                      then:
                        - return: {raw: 0}
                        - set: {field: n, value: 1}
                """));
    }

    @Test
    void fieldKindsMustFitTheirUse() {
        assertEquals(List.of(
                "bad.yaml:7:38: only an int field has an initial value; a handle field starts empty: remove"
                        + " 'initial'"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: pending, holds: handle, initial: 1}
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                """));
        assertEquals(List.of(
                "bad.yaml:11:7: field 'count' holds int (line 7), but store needs a field that holds handle or"
                        + " token or object",
                "bad.yaml:12:7: field 'pending' holds handle (line 8), but test_and_set needs a field that holds"
                        + " int",
                "bad.yaml:14:7: unknown field 'pendin' in set: declared fields are count, pending (did you mean"
                        + " 'pending'?)"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: count, holds: int}
                    - {name: pending, holds: handle}
                handlers:
                  uring_cmd:
                    - store: {field: count, from: cmd}
                    - if: {test_and_set: pending}
                      then: []
                    - set: {field: pendin, value: 1}
                    - return: {raw: 0}
                """));
    }

    @Test
    void badExpectationsAndEnvironment() {
        assertEquals(List.of(
                "bad.yaml:5:10: slots must be between 1 and the number of commands (2), found 3: fewer slots"
                        + " than commands makes a later command reuse a slot",
                "bad.yaml:6:23: event 'ring_exit' is listed twice: list each event once",
                "bad.yaml:10:25: unknown obligation 'O16': expected an id O1..O15, a reachability twin such"
                        + " as O9?reach-cancel-call (uringcheck obligations lists them), or a driver property:"
                        + " driver-assert, object-lifetime, objects-freed"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline, iowq]
                  slots: 3
                  events: [ring_exit, ring_exit]
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                expect: {violates: [O1, O16]}
                """));
    }

    @Test
    void aSharedRingIsNotClosedByTheTask() {
        assertEquals(List.of(
                "bad.yaml:5:11: events list both ring_exit and shared_ring: a shared ring is closed by the other"
                        + " process that holds it, not by the task; keep one of them"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                  events: [ring_exit, shared_ring]
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                expect: holds
                """));
    }

    @Test
    void theSeedAbstractionHasNoCancelOrTaskWorkAndCancelNeedsAMarkedCommand() {
        assertEquals(List.of(
                "bad.yaml:8:3: the seed abstraction has no cancel support (SPEC §7 F: there is no binding for"
                        + " io_uring_cmd_mark_cancelable): remove 'cancel' or use abstraction: c",
                "bad.yaml:10:3: handler 'tw' has context task_work, but the seed abstraction has no binding for"
                        + " io_uring_cmd_complete_in_task: use context kworker, or abstraction: c",
                "bad.yaml:10:3: handler 'tw' (context task_work) is never run: no statement starts it; add"
                        + " 'complete_in_task: {handle: h, handler: tw}' where it should start, or remove the handler"),
                errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - return: {err: EINVAL}
                  cancel:
                    - read_pdu: cmd
                  tw:
                    context: task_work
                    body:
                      - done: {handle: cmd, ret: 0, flags: task_work}
                """));
        assertEquals(List.of("bad.yaml:8:3: the cancel handler is never called: cancel passes call it only for"
                + " commands marked cancelable; add mark_cancelable: {handle: h, flags: current} in uring_cmd"),
                errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd:
                    - return: {raw: 0}
                  cancel:
                    - done: {handle: cmd, ret: -ECANCELED, flags: current}
                """));
    }

    @Test
    void notAMappingOrSeveralDocuments() {
        assertEquals(List.of("bad.yaml:1:1: expected a mapping (key: value) for the scenario file, found a list"),
                errors("- scenario: s\n"));
        assertEquals(List.of("bad.yaml:2:1: a scenario file is one YAML document, but another one starts here:"
                + " remove this '---' and what follows, or put each scenario in its own file"),
                errors("scenario: a\n---\nscenario: b\n"));
    }

    @Test
    void programsBuiltInCodeAreValidatedToo() throws ScenarioException {
        Scenario good = ScenarioCatalogue.load("p10-seed-escape-via-err.yaml");
        ScenarioValidator.validate(good);
        Handler uringCmd = good.driver().handler("uring_cmd").orElseThrow();
        List<Statement> body = new ArrayList<>(uringCmd.body());
        body.add(2, new Done("h", 0, FlagsChoice.UNLOCKED, Pos.NONE));
        List<Handler> handlers = new ArrayList<>(good.driver().handlers());
        handlers.set(0, new Handler("uring_cmd", uringCmd.kind(), body, uringCmd.pos()));
        Scenario bad = new Scenario(good.name(), good.description(), good.abstraction(), good.environment(),
                new DriverProgram(good.driver().fields(), good.driver().locks(), handlers), null, "built-in-code");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioValidator.validate(bad));
        assertEquals(List.of("built-in-code: would not compile in safe Rust: use of moved value 'h' (moved at line 15)"),
                e.errors().stream().map(ScenarioError::render).collect(Collectors.toList()));
    }

    @Test
    void aTwinNameInAFlowListNeedsQuotes() {
        assertEquals(List.of("bad.yaml:7:27: YAML syntax error: expected ',' or ']', but got ? (while parsing a flow"
                + " sequence that starts at line 7, column 20): inside [...] a name with '?' needs quotes, e.g."
                + " [O9, \"O9?reach-cancel-call\"]"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                handlers:
                  uring_cmd: [{return: {raw: 0}}]
                expect: {violates: [O9, O9?reach-cancel-call]}
                """));
    }
}
