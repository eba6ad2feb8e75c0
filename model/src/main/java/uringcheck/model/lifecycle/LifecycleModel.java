package uringcheck.model.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uringcheck.model.Explanation;
import uringcheck.model.Fairness;
import uringcheck.model.Model;
import uringcheck.model.Property;
import uringcheck.model.PropertyId;
import uringcheck.model.Successor;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.abstraction.AbstractionSemantics;
import uringcheck.model.lifecycle.interp.CompiledProgram;
import uringcheck.model.lifecycle.interp.Interpreter;
import uringcheck.model.lifecycle.interp.LifecycleSteps;
import uringcheck.model.lifecycle.interp.StateView;
import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.reduce.AmpleSets;
import uringcheck.model.lifecycle.reduce.Footprints;
import uringcheck.model.lifecycle.reduce.LifecycleSymmetry;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.Fault;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskState;

/**
 * The explicit-state model of the uring_cmd lifecycle (SPEC §1-§6): the io_uring core's request slots,
 * lists and contexts, the abstraction under test, and a driver program interpreted one atomic statement
 * at a time, against the obligations O1-O15.
 *
 * <p>Initial state: every request slot fresh from the slab in {@code free_list}, no command submitted,
 * the task alive, ring and file open, device fields at their initial values. Actions are listed in a
 * fixed order: running contexts in creation order, pending task work by slot, ring exit, release, then
 * userspace (see {@link LifecycleAction.Kind}).
 */
public final class LifecycleModel implements Model<LifecycleState, LifecycleAction> {

    private final String name;
    private final Environment environment;
    private final CompiledProgram program;
    private final LifecycleSteps steps;
    private final StateView view;
    private final List<Property<LifecycleState>> properties;
    private final boolean handOffNeedsQueuedHandle;
    private final LifecycleSymmetry symmetry;
    private final ReleaseDependency release;
    private final DriverProgram driver;
    private final Interpreter interpreter;
    private final AmpleSets ample;

    /**
     * A model of {@code driver}, written against {@code abstraction}, in {@code environment}.
     *
     * <p>The scenario validator has already told users about every mistake checked here; for a program
     * built in code these are preconditions (the environment checks its own, {@link Environment}).
     *
     * @throws IllegalArgumentException if the driver has no uring_cmd handler, or a statement names an
     *                                  undeclared handler, field or lock
     */
    public LifecycleModel(String name, Abstraction abstraction, DriverProgram driver, Environment environment) {
        this(name, abstraction, driver, environment, ReleaseDependency.BOUND);
    }

    /** As the public constructor, with O10's counterfactual explored to at most {@code releaseBound} states. */
    LifecycleModel(String name, Abstraction abstraction, DriverProgram driver, Environment environment,
                   int releaseBound) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(abstraction, "abstraction");
        this.environment = Objects.requireNonNull(environment, "environment");
        if (driver.handler(HandlerKind.URING_CMD).isEmpty()) {
            throw new IllegalArgumentException("the driver has no uring_cmd handler");
        }
        this.program = new CompiledProgram(driver, environment.commands());
        AbstractionSemantics semantics = abstraction.semantics();
        this.handOffNeedsQueuedHandle = semantics.handOffNeedsQueuedHandle();
        this.interpreter = new Interpreter(program, semantics, environment);
        this.steps = new LifecycleSteps(interpreter, environment);
        this.release = new ReleaseDependency(steps, program, handOffNeedsQueuedHandle, releaseBound);
        this.properties = LifecycleObligations.properties(driver, environment, interpreter, release);
        this.view = new StateView(program);
        this.symmetry = new LifecycleSymmetry(driver, program, environment);
        this.driver = driver;
        this.ample = new AmpleSets(driver, program, interpreter, new Footprints(), this::next);
    }

    /** {@code model} with the partial-order reduction reading statement footprints from {@code footprints}. */
    private LifecycleModel(LifecycleModel model, Footprints footprints) {
        this.name = model.name;
        this.environment = model.environment;
        this.program = model.program;
        this.steps = model.steps;
        this.view = model.view;
        this.properties = model.properties;
        this.handOffNeedsQueuedHandle = model.handOffNeedsQueuedHandle;
        this.symmetry = model.symmetry;
        this.release = model.release;
        this.driver = model.driver;
        this.interpreter = model.interpreter;
        this.ample = new AmpleSets(driver, program, interpreter, footprints, this::next);
    }

    /**
     * This model with another independence relation for its partial-order reduction: statement footprints
     * and static facts from {@code footprints} instead of {@link Footprints} (e.g. one that forgets a dependency, to show that
     * the reduction-equivalence check catches an unsound reduction).
     */
    public LifecycleModel withFootprints(Footprints footprints) {
        return new LifecycleModel(this, footprints);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<LifecycleState> initialStates() {
        List<Slot> slots = new ArrayList<>(Collections.nCopies(environment.slots(), Slot.fromSlab(program.pduCells())));
        List<Integer> free = new ArrayList<>();
        for (int i = environment.slots() - 1; i >= 0; i--) {
            free.add(i);
        }
        List<CommandRecord> commands = new ArrayList<>(
                Collections.nCopies(environment.commands(), CommandRecord.unsubmitted()));
        return List.of(new LifecycleState(slots, free, List.of(), List.of(), commands, List.of(),
                program.initialFields(), 0, TaskState.ALIVE, false, false, false, List.of(),
                program.initialFires(), program.objects().initial()));
    }

    @Override
    public List<LifecycleAction> actions(LifecycleState state) {
        return steps.enabled(state);
    }

    @Override
    public LifecycleState next(LifecycleState state, LifecycleAction action) {
        World w = World.quiet(state, program, handOffNeedsQueuedHandle);
        steps.perform(w, action);
        return w.freeze();
    }

    /** Non-empty once O10's release counterfactual reached its bound without an answer ({@link ReleaseDependency}). */
    @Override
    public Optional<String> incomplete() {
        return release.incomplete();
    }

    @Override
    public List<Property<LifecycleState>> properties() {
        return properties;
    }

    /** The action kind's class: driver contexts and the core are kernel, userspace is a stimulus. */
    @Override
    public Fairness fairness(LifecycleState state, LifecycleAction action) {
        return action.kind().fairness();
    }

    @Override
    public String actor(LifecycleState state, LifecycleAction action) {
        return steps.actor(state, action);
    }

    /** The state with its contexts in canonical order and its interchangeable commands renamed ({@link LifecycleSymmetry}). */
    @Override
    public LifecycleState canonical(LifecycleState state) {
        return symmetry.canonical(state);
    }

    /** {@link LifecycleSymmetry#canonicalFingerprint}: the canonical form's fingerprint, computed on the packed state. */
    @Override
    public long canonicalFingerprint(LifecycleState state) {
        return symmetry.canonicalFingerprint(state);
    }

    /** A singleton ample set when some context's next step is private and invisible ({@link AmpleSets}). */
    @Override
    public List<LifecycleAction> ample(LifecycleState state, List<LifecycleAction> enabled) {
        return ample.ample(state, enabled);
    }

    /**
     * A {@link LifecycleStepper}: each successor is fingerprinted from the interpreter's working world (its
     * symmetry class's fingerprint when {@code canonical}) and built only when the search asks for it.
     */
    @Override
    public LifecycleStepper stepper(boolean canonical) {
        return new LifecycleStepper(steps, World.working(program, handOffNeedsQueuedHandle),
                canonical ? symmetry : null);
    }

    /** A hand-written structural fingerprint (see {@link StateHash}); equal states hash equally. */
    @Override
    public long fingerprint(LifecycleState state) {
        return StateHash.of(state);
    }

    /** The state in kernel vocabulary: one field per request, command, running context and device field. */
    @Override
    public Map<String, String> fields(LifecycleState state) {
        return view.fields(state);
    }

    @Override
    public String describe(LifecycleState state, LifecycleAction action) {
        return step(state, action).description();
    }

    /** The recorded fault of obligation {@code property}: its cause and its rendered message. */
    @Override
    public Optional<Explanation> explain(LifecycleState state, PropertyId property) {
        for (Fault f : state.faults()) {
            if (property.asObligation().equals(Optional.of(f.obligation()))) {
                return Optional.of(new Explanation(f.cause(), f.message(program)));
            }
        }
        return Optional.empty();
    }

    /** One execution of {@code action} yields the successor, its description and its notes. */
    @Override
    public Successor<LifecycleState> step(LifecycleState state, LifecycleAction action) {
        World w = new World(state, program, handOffNeedsQueuedHandle);
        steps.perform(w, action);
        return new Successor<>(w.freeze(), w.description(), w.notes());
    }
}
