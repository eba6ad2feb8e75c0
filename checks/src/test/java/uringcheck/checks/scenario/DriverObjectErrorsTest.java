package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uringcheck.checks.scenario.BrokenScenarioTest.errors;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Broken uses of pools, driver lists and {@code assert:}, each with the exact message (file, line, column,
 * what was expected, how to fix) a driver author reads.
 */
class DriverObjectErrorsTest {

    @Test
    void declarationAndStatementShapes() {
        assertEquals(List.of(
                "bad.yaml:7:26: a pool holds between 1 and 4 objects, found 9: each object adds states, so keep it small",
                "bad.yaml:8:7: a pool of driver objects ({name: p, size: 2}) is missing the required key 'size'",
                "bad.yaml:13:14: alloc (alloc: {pool: reqs, into: r}) is missing the required key 'into'",
                "bad.yaml:14:17: list_add (list_add: {list: l, object: r}) is missing the required key 'object'",
                "bad.yaml:14:33: unknown key 'obj' in list_add (list_add: {list: l, object: r}): expected one of"
                        + " list, object (did you mean 'object'?)",
                "bad.yaml:15:15: an assert test takes exactly one form: write {test_and_set: f}, {empty: f},"
                        + " {field: f, equals: 1} (or not_equals, less_than, at_most), {list_empty: l},"
                        + " {issue_flags: NONBLOCK}, {cmd_flags: REISSUE}, {tw: cancel}, {cmd_op: 1} or {sqe: tag,"
                        + " equals: 1}"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  pools:
                    - {name: reqs, size: 9}
                    - {name: ents}
                  lists:
                    - {name: reqs}
                handlers:
                  uring_cmd:
                    - alloc: {pool: reqs}
                    - list_add: {list: pending, obj: r}
                    - assert: {list_empty: pending, field: f}
                    - return: {raw: 0}
                """));
    }

    @Test
    void namesResolveAndObjectsAreObjects() {
        assertEquals(List.of(
                "bad.yaml:14:7: unknown pool 'reqz' in alloc: declared pools are reqs (did you mean 'reqs'?)",
                "bad.yaml:15:7: unknown list 'pendng' in list_add_tail: declared lists are pending (did you mean"
                        + " 'pending'?)",
                "bad.yaml:16:7: undefined local 'x' in list_del: the locals bound here are cmd, r; bind it first with"
                        + " alloc: {pool: p, into: x}, list_first: {list: l, into: x} or load from an object field"
                        + " (did you mean 'r'?)",
                "bad.yaml:17:7: 'cmd' is a queued handle (bound at line 13), but free needs a driver object",
                "bad.yaml:18:7: assert cannot test_and_set: a WARN_ON only reads what it checks; claim with"
                        + " if: {test_and_set: f} and assert on the field afterwards",
                "bad.yaml:19:7: unknown list 'queue' in list_empty: declared lists are pending"), errors("""
                scenario: s
                abstraction: c
                environment:
                  commands: [inline]
                device:
                  fields:
                    - {name: claimed, holds: int}
                  pools:
                    - {name: reqs, size: 2}
                  lists:
                    - {name: pending}
                handlers:
                  uring_cmd:
                    - alloc: {pool: reqz, into: r}
                    - list_add_tail: {list: pendng, object: r}
                    - list_del: x
                    - free: cmd
                    - assert: {test_and_set: claimed}
                    - assert: {list_empty: queue}
                    - return: {raw: 0}
                """));
    }

    @Test
    void rustHasNoPointerListsButOwnsAndDropsObjects() {
        assertEquals(List.of(
                "bad.yaml:13:7: would not compile in safe Rust: kernel::list::List links a ListArc it owns (push_back"
                        + " moves it in, remove gives it back), while these list statements copy a pointer as C's"
                        + " list_head does, so an object could be freed while linked; the model has no owned-list"
                        + " form: use abstraction: c",
                "bad.yaml:15:7: would not compile in safe Rust: use of moved value 'r' (moved at line 14)",
                "bad.yaml:16:7: would not compile in safe Rust: kernel::list::List links a ListArc it owns (push_back"
                        + " moves it in, remove gives it back), while these list statements copy a pointer as C's"
                        + " list_head does, so an object could be freed while linked; the model has no owned-list"
                        + " form: use abstraction: c"), errors("""
                scenario: s
                abstraction: seed
                environment:
                  commands: [inline]
                device:
                  pools:
                    - {name: reqs, size: 1}
                  lists:
                    - {name: pending}
                handlers:
                  uring_cmd:
                    - alloc: {pool: reqs, into: r}
                    - list_add: {list: pending, object: r}
                    - free: r
                    - free: r
                    - assert: {list_empty: pending}
                    - return: {err: EINVAL}
                """));
    }
}
