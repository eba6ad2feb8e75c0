package uringcheck.checks.scenario;

import java.util.IdentityHashMap;
import java.util.Map;

import uringcheck.model.lifecycle.program.Abstraction;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;

/**
 * Static checks of a driver program, run after parsing: every name resolves to a declaration of the right
 * kind, every handler is reachable, and under {@link Abstraction#SEED} the program is one safe Rust could
 * express with the seed types (a moved handle or token is not used again, tokens and {@code Ok} returns
 * exist, raw integer returns and the C-only helpers do not). The rules and their Rust reasons are listed
 * in docs/scenario-format.md.
 *
 * <p>What this class deliberately does not reject: programs that compile but break an obligation (a
 * double completion, a leaked handle, wrong issue flags, a stale PDU). Finding those is the checker's job
 * at run time.
 *
 * <p>Entry point: {@link #validate(Scenario)} for scenarios built in code; the parser runs it on every
 * file.
 */
public final class ScenarioValidator {

    private final Problems problems;
    private final Map<Object, Integer> columns;

    ScenarioValidator(Problems problems, Map<Object, Integer> columns) {
        this.problems = problems;
        this.columns = columns;
    }

    /** Checks {@code scenario}; throws with every problem found (positions are lines only). */
    public static void validate(Scenario scenario) throws ScenarioException {
        Problems problems = new Problems(scenario.source());
        new ScenarioValidator(problems, new IdentityHashMap<>()).check(scenario);
        problems.throwIfAny();
    }

    /** Records every problem of {@code scenario} in this validator's problem list. */
    void check(Scenario scenario) {
        Abstraction abstraction = scenario.abstraction();
        DriverProgram driver = scenario.driver();
        Declarations declarations = new Declarations(problems, columns, driver);
        for (FieldDecl f : driver.fields()) {
            if (f.kind() == FieldDecl.Kind.TOKEN && abstraction == Abstraction.C) {
                declarations.error(f, f.line(), "field '" + f.name() + "' holds a token, but tokens (UringCmdAction)"
                        + " exist only under abstraction: seed; under c use holds: handle or int");
            }
        }
        for (Handler h : driver.handlers()) {
            if (abstraction == Abstraction.SEED && h.kind() == HandlerKind.CANCEL) {
                declarations.error(h, h.line(), "the seed abstraction has no cancel support (SPEC §7 F: there is no"
                        + " binding for io_uring_cmd_mark_cancelable): remove 'cancel' or use abstraction: c");
            }
            if (abstraction == Abstraction.SEED && h.kind() == HandlerKind.TASK_WORK) {
                declarations.error(h, h.line(), "handler '" + h.name() + "' has context task_work, but the seed"
                        + " abstraction has no binding for io_uring_cmd_complete_in_task: use context kworker,"
                        + " or abstraction: c");
            }
        }
        for (Handler h : driver.handlers()) {
            new BodyChecker(declarations, abstraction, h).check();
        }
        for (Handler h : driver.handlers()) {
            boolean named = h.kind() == HandlerKind.KWORKER || h.kind() == HandlerKind.IRQ
                    || h.kind() == HandlerKind.TASK_WORK;
            if (named && !declarations.isStarted(h.name())) {
                declarations.error(h, h.line(), "handler '" + h.name() + "' (context " + Vocabulary.word(h.kind())
                        + ") is never run: no statement starts it; add '" + starter(h.kind(), h.name())
                        + "' where it should start, or remove the handler");
            }
            if (h.kind() == HandlerKind.CANCEL && abstraction == Abstraction.C && !declarations.anyMarkedCancelable()) {
                declarations.error(h, h.line(), "the cancel handler is never called: cancel passes call it only for"
                        + " commands marked cancelable; add mark_cancelable: {handle: h, flags: current} in"
                        + " uring_cmd");
            }
        }
    }

    private static String starter(HandlerKind kind, String name) {
        return switch (kind) {
            case KWORKER -> "schedule_work: " + name;
            case IRQ -> "raise_irq: " + name;
            case TASK_WORK -> "complete_in_task: {handle: h, handler: " + name + "}";
            case URING_CMD, CANCEL, RELEASE -> throw new IllegalArgumentException(kind.name());
        };
    }
}
