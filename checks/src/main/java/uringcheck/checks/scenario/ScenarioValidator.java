package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.List;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.abstraction.ApiRules;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.PduField;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Stimulus;

/**
 * Static checks of a driver program, run after parsing: every name resolves to a declaration of the right
 * kind, every handler is reachable, and the program is one the abstraction's API can express
 * ({@link ApiRules}: under the Rust abstractions, one safe Rust could write with their types, so a moved
 * handle or token is not used again, tokens and {@code Ok} returns exist, raw integer returns do not).
 * The rules and their Rust reasons are listed in docs/scenario-format.md.
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

    ScenarioValidator(Problems problems) {
        this.problems = problems;
    }

    /** Checks {@code scenario}; throws with every problem found, at the program's positions. */
    public static void validate(Scenario scenario) throws ScenarioException {
        Problems problems = new Problems(scenario.source());
        new ScenarioValidator(problems).check(scenario);
        problems.throwIfAny();
    }

    /** Records every problem of {@code scenario} in this validator's problem list. */
    void check(Scenario scenario) {
        Abstraction abstraction = scenario.abstraction();
        ApiRules api = abstraction.api();
        DriverProgram driver = scenario.driver();
        Declarations declarations = new Declarations(problems, driver);
        for (FieldDecl f : driver.fields()) {
            api.reject(f).ifPresent(m -> declarations.error(f.pos(), m));
        }
        for (Handler h : driver.handlers()) {
            api.reject(h).ifPresent(m -> declarations.error(h.pos(), m));
        }
        for (PduField f : driver.pdu()) {
            api.reject(f).ifPresent(m -> declarations.error(f.pos(), m));
        }
        for (Stimulus st : driver.stimuli()) {
            stimulus(driver, declarations, st);
        }
        for (Handler h : driver.handlers()) {
            new BodyChecker(declarations, abstraction, h).check();
        }
        for (Handler h : driver.handlers()) {
            boolean named = h.kind() == HandlerKind.KWORKER || h.kind() == HandlerKind.IRQ
                    || h.kind() == HandlerKind.TASK_WORK;
            if (named && !declarations.isStarted(h.name())) {
                declarations.error(h.pos(), "handler '" + h.name() + "' (context " + Vocabulary.word(h.kind())
                        + ") is never run: no statement starts it; add '" + starter(h.kind(), h.name())
                        + "' where it should start, or remove the handler");
            }
            if (h.kind() == HandlerKind.CANCEL && api.binds(HandlerKind.CANCEL)
                    && !declarations.anyMarkedCancelable()) {
                declarations.error(h.pos(), "the cancel handler is never called: cancel passes call it only for"
                        + " commands marked cancelable; add mark_cancelable: {handle: h, flags: current} in"
                        + " uring_cmd");
            }
        }
    }

    /**
     * A stimulus starts a kworker or irq handler (the context its real code runs in: a blk-mq dispatch, a
     * work item); a device-level one makes that handler, and every handler it starts, run for no command.
     */
    private static void stimulus(DriverProgram driver, Declarations declarations, Stimulus st) {
        Handler h = driver.handler(st.handler()).orElse(null);
        if (h == null || (h.kind() != HandlerKind.KWORKER && h.kind() != HandlerKind.IRQ)) {
            List<String> candidates = new ArrayList<>();
            for (Handler c : driver.handlers()) {
                if (c.kind() == HandlerKind.KWORKER || c.kind() == HandlerKind.IRQ) {
                    candidates.add(c.name());
                }
            }
            String found = h == null ? "unknown handler '" + st.handler() + "'"
                    : "handler '" + st.handler() + "' has context " + Vocabulary.word(h.kind());
            declarations.error(st.pos(), found + " in stimulus '" + st.name() + "': a stimulus starts a handler"
                    + " with context kworker or irq"
                    + (candidates.isEmpty() ? "; declare one under handlers: " + st.handler()
                    + ": {context: kworker, body: [...]}"
                    : "; declared ones are " + Suggestions.list(candidates)
                    + Suggestions.didYouMean(st.handler(), candidates)));
            return;
        }
        declarations.started(h.name());
        if (st.target() == Stimulus.Target.DEVICE) {
            for (String reached : HandlerStarts.reachedFrom(driver, h)) {
                declarations.deviceLevel(reached, st.name());
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
