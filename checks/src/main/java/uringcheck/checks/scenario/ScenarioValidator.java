package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uringcheck.model.lifecycle.program.Abstraction;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.Statement;

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
        Map<String, FieldDecl> fields = new LinkedHashMap<>();
        for (FieldDecl f : driver.fields()) {
            fields.put(f.name(), f);
            if (f.kind() == FieldDecl.Kind.TOKEN && abstraction == Abstraction.C) {
                problems.at(f.line(), columns.getOrDefault(f, 0), "field '" + f.name() + "' holds a token, but tokens (UringCmdAction)"
                        + " exist only under abstraction: seed; under c use holds: handle or int");
            }
        }
        Map<String, LockDecl> locks = new LinkedHashMap<>();
        for (LockDecl l : driver.locks()) {
            locks.put(l.name(), l);
        }
        Map<String, Handler> handlers = new LinkedHashMap<>();
        for (Handler h : driver.handlers()) {
            handlers.put(h.name(), h);
            if (abstraction == Abstraction.SEED && h.kind() == HandlerKind.CANCEL) {
                problems.at(h.line(), columns.getOrDefault(h, 0), "the seed abstraction has no cancel support (SPEC §7 F: there is no"
                        + " binding for io_uring_cmd_mark_cancelable): remove 'cancel' or use abstraction: c");
            }
            if (abstraction == Abstraction.SEED && h.kind() == HandlerKind.TASK_WORK) {
                problems.at(h.line(), columns.getOrDefault(h, 0), "handler '" + h.name() + "' has context task_work, but the seed"
                        + " abstraction has no binding for io_uring_cmd_complete_in_task: use context kworker,"
                        + " or abstraction: c");
            }
        }
        Usage usage = new Usage();
        for (Handler h : driver.handlers()) {
            new BodyChecker(problems, columns, abstraction, h, fields, locks, handlers, usage).check();
        }
        for (Handler h : driver.handlers()) {
            boolean named = h.kind() == HandlerKind.KWORKER || h.kind() == HandlerKind.IRQ
                    || h.kind() == HandlerKind.TASK_WORK;
            if (named && !usage.scheduled.contains(h.name())) {
                problems.at(h.line(), columns.getOrDefault(h, 0), "handler '" + h.name() + "' (context " + Vocabulary.word(h.kind())
                        + ") is never run: no statement starts it; add '" + starter(h.kind(), h.name())
                        + "' where it should start, or remove the handler");
            }
            if (h.kind() == HandlerKind.CANCEL && abstraction != Abstraction.SEED && !usage.markedCancelable) {
                problems.at(h.line(), columns.getOrDefault(h, 0), "the cancel handler is never called: cancel passes call it only for"
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

    /** What the bodies use across handlers: which named handlers are started, whether any marks cancelable. */
    static final class Usage {
        final List<String> scheduled = new ArrayList<>();
        boolean markedCancelable;
    }
}
