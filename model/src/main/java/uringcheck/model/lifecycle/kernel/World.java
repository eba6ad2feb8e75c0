package uringcheck.model.lifecycle.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;
import uringcheck.model.StepNotes;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.DriverProperty;
import uringcheck.model.lifecycle.state.Fault;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.PackedState;
import uringcheck.model.lifecycle.state.ProgramNames;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskState;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;
import uringcheck.model.rules.TransitionTable;

/**
 * A mutable working copy of a {@link LifecycleState} for the duration of one transition, with the
 * clauses that describe what the transition did (for traces), each typed by the fact it reports
 * ({@link StepNotes}). Every phase move of a request goes
 * through {@link #move}, which consults {@link TransitionTable} and records an illegal move as a
 * breach of the obligation {@link TransitionTable#obligationBrokenBy} names.
 *
 * <p>A world is a {@link PackedState.Source}: its components read as those of the state {@link #freeze} would
 * build (a list the transition did not write is its source's, {@link WorkingList#current}), so the successor's
 * words, and its fingerprint, are computed from the world itself, and a search builds the successor only when it
 * is new.
 */
public final class World implements PackedState.Source {

    /** Per thread, the world {@link #quiet} hands out. */
    private static final ThreadLocal<World> QUIET = ThreadLocal.withInitial(() -> new World(null, false, false));

    public final WorkingList<Slot> slots;
    public final WorkingList<Integer> freeList;
    public final WorkingList<Integer> complReqs;
    public final WorkingList<Integer> cancelable;
    public final WorkingList<CommandRecord> commands;
    public final WorkingList<RunningContext> contexts;
    public final WorkingList<Value> fields;
    public int leakedLocks;
    public TaskState task;
    public boolean ringClosed;
    public boolean fileClosed;
    public boolean released;
    /** See {@link LifecycleState#fires}. */
    public final WorkingList<Integer> fires;
    /** See {@link LifecycleState#objects}. */
    public final WorkingList<Integer> objects;
    /** See {@link uringcheck.model.lifecycle.abstraction.AbstractionSemantics#handOffNeedsQueuedHandle}. */
    private boolean handOffNeedsQueuedHandle;
    private final WorkingList<Fault> faults;
    private ProgramNames names;
    /** The clauses said so far; null when the transition is not described (see {@link #quiet}). */
    private final List<StepNotes.Clause> clauses;
    private Optional<StepNotes.Location> location = Optional.empty();

    /**
     * A working copy of {@code s} that records what the transition does, for {@link #description} and
     * {@link #notes}; {@code names} spells what the program's indices refer to;
     * {@code handOffNeedsQueuedHandle} is the abstraction's rule for taking over a request being issued.
     */
    public World(LifecycleState s, ProgramNames names, boolean handOffNeedsQueuedHandle) {
        this(names, handOffNeedsQueuedHandle, true);
        load(s);
    }

    /**
     * A working copy of {@code s} that only computes the successor: nothing said is kept, and the
     * clauses the world would build itself (phase moves, breach messages) are not built. The successor
     * equals the one a describing world yields; the search asks for descriptions only of the steps of a
     * trace it prints.
     *
     * <p>The world is this thread's quiet world, reused with its working lists' buffers, so that a
     * transition allocates only what its successor holds that its source did not: it is valid until this
     * thread's next call, so a caller {@link #freeze}s its successor before it computes another one.
     */
    public static World quiet(LifecycleState s, ProgramNames names, boolean handOffNeedsQueuedHandle) {
        World w = QUIET.get();
        w.names = names;
        w.handOffNeedsQueuedHandle = handOffNeedsQueuedHandle;
        w.load(s);
        return w;
    }

    /**
     * A quiet world (see {@link #quiet}) of the caller's own, not shared with anything else on its thread: it
     * works one transition after another on the states {@link #load}ed into it, reusing its buffers, and its
     * last successor stays readable (as a {@link PackedState.Source}, or {@link #freeze}d) until the next load.
     */
    public static World working(ProgramNames names, boolean handOffNeedsQueuedHandle) {
        return new World(names, handOffNeedsQueuedHandle, false);
    }

    private World(ProgramNames names, boolean handOffNeedsQueuedHandle, boolean describes) {
        this.names = names;
        this.handOffNeedsQueuedHandle = handOffNeedsQueuedHandle;
        this.clauses = describes ? new ArrayList<>() : null;
        slots = new WorkingList<>(List.of());
        freeList = new WorkingList<>(List.of());
        complReqs = new WorkingList<>(List.of());
        cancelable = new WorkingList<>(List.of());
        commands = new WorkingList<>(List.of());
        contexts = new WorkingList<>(List.of());
        fields = new WorkingList<>(List.of());
        faults = new WorkingList<>(List.of());
        fires = new WorkingList<>(List.of());
        objects = new WorkingList<>(List.of());
    }

    /** Makes this world a working copy of {@code s}; what the last transition wrote is dropped. */
    public void load(LifecycleState s) {
        slots.reset(s.slots());
        freeList.reset(s.freeList());
        complReqs.reset(s.complReqs());
        cancelable.reset(s.cancelable());
        commands.reset(s.commands());
        contexts.reset(s.contexts());
        fields.reset(s.fields());
        faults.reset(s.faults());
        fires.reset(s.fires());
        objects.reset(s.objects());
        leakedLocks = s.leakedLocks();
        task = s.task();
        ringClosed = s.ringClosed();
        fileClosed = s.fileClosed();
        released = s.released();
    }

    /** The resulting immutable state; it shares every list this transition did not write with its source. */
    public LifecycleState freeze() {
        return new LifecycleState(slots.frozen(), freeList.frozen(), complReqs.frozen(), cancelable.frozen(),
                commands.frozen(), contexts.frozen(), fields.frozen(), leakedLocks, task, ringClosed, fileClosed,
                released, faults.frozen(),
                fires.frozen(),
                objects.frozen());
    }

    @Override
    public List<Slot> slots() {
        return slots.current();
    }

    @Override
    public List<Integer> freeList() {
        return freeList.current();
    }

    @Override
    public List<Integer> complReqs() {
        return complReqs.current();
    }

    @Override
    public List<Integer> cancelable() {
        return cancelable.current();
    }

    @Override
    public List<CommandRecord> commands() {
        return commands.current();
    }

    @Override
    public List<RunningContext> contexts() {
        return contexts.current();
    }

    @Override
    public List<Value> fields() {
        return fields.current();
    }

    @Override
    public int leakedLocks() {
        return leakedLocks;
    }

    @Override
    public TaskState task() {
        return task;
    }

    @Override
    public boolean ringClosed() {
        return ringClosed;
    }

    @Override
    public boolean fileClosed() {
        return fileClosed;
    }

    @Override
    public boolean released() {
        return released;
    }

    @Override
    public List<Fault> faults() {
        return faults.current();
    }

    @Override
    public List<Integer> fires() {
        return fires.current();
    }

    @Override
    public List<Integer> objects() {
        return objects.current();
    }

    /** Whether this world records what the transition does (false for a {@link #quiet} world). */
    public boolean describes() {
        return clauses != null;
    }

    /** Adds a clause to the description of this transition. */
    public void say(String clause) {
        if (clauses != null) {
            clauses.add(new StepNotes.Said(clause));
        }
    }

    /** Names the handler and scenario line the step executes (shown at the end of the description). */
    public void at(String handler, int line) {
        if (clauses != null) {
            location = Optional.of(new StepNotes.Location(handler, line));
        }
    }

    /**
     * The description of this transition: its clauses joined by "; ", then the handler location.
     *
     * @throws IllegalStateException for a {@link #quiet} world
     */
    public String description() {
        return notes().text() + location.map(l -> l.line() > 0 ? " [" + l.handler() + " line " + l.line() + "]"
                : " [" + l.handler() + "]").orElse("");
    }

    /**
     * The facts of this transition: its clauses and the handler location.
     *
     * @throws IllegalStateException for a {@link #quiet} world
     */
    public StepNotes notes() {
        if (clauses == null) {
            throw new IllegalStateException("a quiet world does not describe its transition");
        }
        return new StepNotes(clauses, location);
    }

    /** See {@link uringcheck.model.lifecycle.abstraction.AbstractionSemantics#handOffNeedsQueuedHandle}. */
    public boolean handOffNeedsQueuedHandle() {
        return handOffNeedsQueuedHandle;
    }

    /** The names of the program this state belongs to. */
    public ProgramNames names() {
        return names;
    }

    /** Says {@code act} in the description, e.g. {@code done(cmd#0, 0, flags=UNLOCKED)}. */
    public void say(Act act) {
        if (clauses != null) {
            say(act.render(names));
        }
    }

    /**
     * Records a breach of {@code obligation} for {@code cause} (the first fault per obligation is kept in
     * the state) and says it in the description.
     *
     * @param subject the values the breach concerns, in the order {@code cause} documents
     */
    public void fault(Obligation obligation, Cause cause, Object... subject) {
        Fault fault = new Fault(obligation, cause, List.of(subject));
        if (clauses != null) {
            clauses.add(new StepNotes.Breach(PropertyId.of(obligation),
                    "VIOLATES " + obligation.name() + ": " + fault.message(names)));
        }
        for (int i = 0; i < faults.size(); i++) {
            Fault f = faults.get(i);
            if (f.obligation() == obligation) {
                return;
            }
        }
        int at = 0;
        while (at < faults.size() && faults.get(at).obligation().ordinal() < obligation.ordinal()) {
            at++;
        }
        faults.add(at, fault);
    }

    /**
     * Records a breach of driver property {@code property} for {@code cause} at entry {@code at} of
     * {@link #objects} (the first breach is kept: the scenario {@code line}) and says it in the description.
     *
     * @param subject the values the breach concerns, in the order {@code cause} documents
     */
    public void driverBreach(DriverProperty property, int at, int line, Cause cause, Object... subject) {
        if (clauses != null) {
            Fault fault = new Fault(null, cause, List.of(subject));
            clauses.add(new StepNotes.Breach(property.id(), "VIOLATES " + property.id() + ": " + fault.message(names)));
        }
        if (objects.get(at) == 0) {
            objects.set(at, Math.max(1, line));
        }
    }

    /** The label of the request in {@code slot}, e.g. {@code cmd#0}. */
    public String label(int slot) {
        return "cmd#" + slots.get(slot).command();
    }

    /**
     * Moves the request in {@code slot} by {@code transition} if {@link TransitionTable} allows it, and
     * says the phase change. An illegal move is recorded as a breach and leaves the phase unchanged.
     *
     * @return whether the move was legal
     */
    public boolean move(int slot, Transition transition, Act why) {
        Slot s = slots.get(slot);
        Phase from = s.phase();
        var to = TransitionTable.next(from, transition);
        if (to.isEmpty()) {
            fault(TransitionTable.obligationBrokenBy(from, transition), Cause.ofIllegalMove(from, transition),
                    why, transition, s.command(), from);
            return false;
        }
        slots.set(slot, s.withPhase(to.get()));
        if (to.get() != from && clauses != null) {
            String text = from == Phase.RELEASED
                    ? label(slot) + " → " + to.get().label() + " (a new request: the command had none)"
                    : label(slot) + " " + from.label() + " → " + to.get().label();
            clauses.add(new StepNotes.PhaseMove(s.command(), from.label(), to.get().label(), false, text));
        }
        return true;
    }

    /** Forces the phase of {@code slot} after an illegal move the kernel performs anyway. */
    public void force(int slot, Phase phase) {
        Slot s = slots.get(slot);
        if (s.phase() != phase) {
            if (clauses != null) {
                clauses.add(new StepNotes.PhaseMove(s.command(), s.phase().label(), phase.label(), true,
                        label(slot) + " " + s.phase().label() + " → " + phase.label() + " (forced by the core)"));
            }
            slots.set(slot, s.withPhase(phase));
        }
    }

    /** Updates command {@code k}'s record. */
    public void command(int k, CommandRecord r) {
        commands.set(k, r);
    }
}
