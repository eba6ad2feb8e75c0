package uringcheck.model.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uringcheck.model.Obligation;
import uringcheck.model.Property;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.interp.Interpreter;
import uringcheck.model.lifecycle.interp.ObjectLayout;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.DriverProperty;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskState;

/**
 * The obligations of SPEC §6 as properties of the lifecycle model, named by obligation id.
 *
 * <p>Safety obligations (O1, O3-O9, O12, O13) are ALWAYS properties: no fault of that obligation has
 * been recorded (O9 also fails in a state where a cancel call waits for a context that needs
 * {@code uring_lock}, see {@link Interpreter#cancelWaitsForUringLock}). The model records a fault at the step that breaks the obligation, with a one-line
 * message in kernel vocabulary (see {@link uringcheck.model.lifecycle.state.Fault}). O2 is an EVENTUALLY
 * goal, "on every fair run every queued command completes": runs are fair to what the kernel guarantees
 * to run and to userspace's teardown where the environment allows it (closing the ring or the file, task
 * exit: it comes at the latest when the process exits), and assume nothing of other userspace actions
 * ({@link uringcheck.model.lifecycle.state.LifecycleAction.Kind#fairness}), so a completion that waits for
 * a stimulus that may never come (another submission) breaks it. Its companion {@code O2?recoverable} keeps
 * the weaker ALWAYS_RECOVERABLE reading of the same goal (from every state some interleaving, stimuli
 * included, still settles): a scenario that breaks only O2 hangs
 * unless userspace helps; one that breaks both hangs whatever userspace does. O10 is an
 * ALWAYS_RECOVERABLE goal decided on behaviour, not on the release handler's text: from every state
 * where a pending command would complete if release ran now ({@link ReleaseDependency}), it must still
 * complete without it. Both are decided on the explored graph. Reachability twins are SOMETIMES properties
 * named {@code <id>?<what>} (e.g. {@code O9?reach-cancel-call}): each says that what its obligation
 * talks about does happen, so a verdict "holds" is not vacuous: an issue returns, a command is in flight,
 * a cancel call runs, ring exit finishes after a submission. A twin is listed only where the scenario's
 * events make it reachable. {@code O2?reach-ring-exit} also fails, next to O2, when ring exit can never
 * finish (it says so on its own when the O2 trap lies elsewhere).
 */
public final class LifecycleObligations {

    private static final List<Obligation> SAFETY = List.of(Obligation.O1, Obligation.O3, Obligation.O4,
            Obligation.O5, Obligation.O6, Obligation.O7, Obligation.O8, Obligation.O9, Obligation.O12,
            Obligation.O13);

    private LifecycleObligations() {
    }

    /**
     * The obligations this model does not check, with the reason, ordered by id (what
     * {@code uringcheck obligations} prints). Every obligation not listed is checked.
     */
    public static Map<Obligation, String> outOfScope() {
        Map<Obligation, String> out = new LinkedHashMap<>();
        out.put(Obligation.O11, "the driver vocabulary has no statement that observes tw.cancel or touches user"
                + " memory; task work does run in the fallback kworker after task exit, and a callback there that"
                + " fails to complete is reported as O2");
        out.put(Obligation.O14, "io_uring_cmd_do_in_task_lazy (lazy wake) is not in the driver vocabulary");
        out.put(Obligation.O15, "multishot (IORING_URING_CMD_MULTISHOT) and user SQE flags are not modelled");
        return Collections.unmodifiableMap(out);
    }

    /** The properties checked for a scenario with {@code program} and {@code env}, in report order. */
    static List<Property<LifecycleState>> properties(DriverProgram program, Environment env, Interpreter interp,
                                                     ReleaseDependency release) {
        List<Property<LifecycleState>> out = new ArrayList<>();
        for (Obligation o : Obligation.values()) {
            if (outOfScope().containsKey(o)) {
                continue;
            }
            if (o == Obligation.O9) {
                out.add(Property.always(PropertyId.of(o), o.statement(),
                        s -> !s.hasFault(o) && !interp.cancelWaitsForUringLock(s)));
            } else if (SAFETY.contains(o)) {
                out.add(Property.always(PropertyId.of(o), o.statement(), s -> !s.hasFault(o)));
            } else if (o == Obligation.O2) {
                out.add(Property.eventually(PropertyId.of(o), o.statement() + " (on every run fair to the"
                        + " kernel and to userspace's exit, whatever else userspace does not do: every submitted command gets its CQE, no request"
                        + " stays alive, an execve waiting for its requests goes on)", LifecycleObligations::settled));
                out.add(Property.alwaysRecoverable(PropertyId.twin(o, "recoverable"), "from every reachable state"
                        + " some interleaving, userspace included, still settles: every submitted command has its CQE,"
                        + " no request is alive, no execve is waiting for its requests", LifecycleObligations::settled));
            } else if (o == Obligation.O10) {
                out.add(Property.alwaysRecoverable(PropertyId.of(o), o.statement() + " (goal: no command waits"
                        + " for release: once userspace closed the file, no pending command completes only if release"
                        + " runs while a live request still holds the file)", s -> !release.waitsForRelease(s)));
            }
        }
        out.add(Property.sometimes(PropertyId.twin(Obligation.O1, "reach-issue-return"),
                "some issue call returns to the core",
                s -> s.commands().stream().anyMatch(CommandRecord::returned)));
        out.add(Property.sometimes(PropertyId.twin(Obligation.O2, "reach-in-flight"),
                "a submitted command is in flight (its request is alive)",
                s -> s.slots().stream().anyMatch(Slot::alive)));
        boolean cancels = program.handler(HandlerKind.CANCEL).isPresent() && (env.ringMayClose() || env.exec())
                && program.contains(MarkCancelable.class);
        if (cancels) {
            out.add(Property.sometimes(PropertyId.twin(Obligation.O9, "reach-cancel-call"),
                    "a cancel pass calls the driver's cancel handler",
                    LifecycleObligations::cancelHandlerRunning));
        }
        if (env.ringMayClose()) {
            out.add(Property.sometimes(PropertyId.twin(Obligation.O2, "reach-ring-exit"),
                    "the ring is closed after a submission and ring exit"
                    + " finishes", s -> s.ringClosed() && !s.anyAlive() && s.commands().get(0).submitted()));
        }
        driverProperties(interp.program().objects(), out);
        return out;
    }

    /**
     * The driver's own properties ({@link DriverProperty}), after the obligations: {@code driver-assert} when
     * the program writes an {@code assert:}, {@code object-lifetime} and {@code objects-freed} when it
     * declares a pool. The leak check runs at quiescence after teardown: release has run and no context is
     * left, so nothing can free an object any more ({@code fuse_uring_destruct} WARNs on what is left).
     */
    private static void driverProperties(ObjectLayout layout, List<Property<LifecycleState>> out) {
        if (layout.asserts()) {
            int at = layout.breachAt(DriverProperty.DRIVER_ASSERT);
            out.add(Property.always(DriverProperty.DRIVER_ASSERT.id(), DriverProperty.DRIVER_ASSERT.statement(),
                    s -> s.objects().get(at) == 0));
        }
        if (layout.objects() > 0) {
            int at = layout.breachAt(DriverProperty.OBJECT_LIFETIME);
            out.add(Property.always(DriverProperty.OBJECT_LIFETIME.id(), DriverProperty.OBJECT_LIFETIME.statement(),
                    s -> s.objects().get(at) == 0));
            int objects = layout.objects();
            out.add(Property.always(DriverProperty.OBJECTS_FREED.id(), DriverProperty.OBJECTS_FREED.statement(),
                    s -> !(s.released() && s.contexts().isEmpty() && anyAllocated(s, objects))));
        }
    }

    private static boolean anyAllocated(LifecycleState s, int objects) {
        for (int i = 0; i < objects; i++) {
            if (s.objects().get(i) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The O2 goal: every submitted command has its CQE, no request is alive, no execve waits for its requests. */
    static boolean settled(LifecycleState s) {
        for (CommandRecord c : s.commands()) {
            if (c.submitted() && c.cqes() == 0) {
                return false;
            }
        }
        for (Slot slot : s.slots()) {
            if (slot.alive()) {
                return false;
            }
        }
        return s.task() != TaskState.EXECING;
    }

    private static boolean cancelHandlerRunning(LifecycleState s) {
        for (RunningContext c : s.contexts()) {
            if (c.kind().cancelPass() && c.handler() >= 0) {
                return true;
            }
        }
        return false;
    }
}
