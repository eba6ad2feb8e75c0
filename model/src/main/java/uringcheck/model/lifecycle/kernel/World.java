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
import uringcheck.model.lifecycle.state.Fault;
import uringcheck.model.lifecycle.state.LifecycleState;
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
 */
public final class World {

    public final List<Slot> slots;
    public final List<Integer> freeList;
    public final List<Integer> complReqs;
    public final List<Integer> cancelable;
    public final List<CommandRecord> commands;
    public final List<RunningContext> contexts;
    public final List<Value> fields;
    public int leakedLocks;
    public TaskState task;
    public boolean ringClosed;
    public boolean fileClosed;
    public boolean released;
    /** See {@link LifecycleState#fires}. */
    public final List<Integer> fires;
    /** See {@link uringcheck.model.lifecycle.abstraction.AbstractionSemantics#handOffNeedsQueuedHandle}. */
    public final boolean handOffNeedsQueuedHandle;
    private final List<Fault> faults;
    private final ProgramNames names;
    private final List<StepNotes.Clause> clauses = new ArrayList<>();
    private Optional<StepNotes.Location> location = Optional.empty();

    /**
     * A working copy of {@code s}; {@code names} spells what the program's indices refer to;
     * {@code handOffNeedsQueuedHandle} is the abstraction's rule for taking over a request being issued.
     */
    public World(LifecycleState s, ProgramNames names, boolean handOffNeedsQueuedHandle) {
        this.names = names;
        this.handOffNeedsQueuedHandle = handOffNeedsQueuedHandle;
        slots = new ArrayList<>(s.slots());
        freeList = new ArrayList<>(s.freeList());
        complReqs = new ArrayList<>(s.complReqs());
        cancelable = new ArrayList<>(s.cancelable());
        commands = new ArrayList<>(s.commands());
        contexts = new ArrayList<>(s.contexts());
        fields = new ArrayList<>(s.fields());
        leakedLocks = s.leakedLocks();
        task = s.task();
        ringClosed = s.ringClosed();
        fileClosed = s.fileClosed();
        released = s.released();
        faults = new ArrayList<>(s.faults());
        fires = new ArrayList<>(s.fires());
    }

    /** The resulting immutable state. */
    public LifecycleState freeze() {
        return new LifecycleState(slots, freeList, complReqs, cancelable, commands, contexts, fields, leakedLocks,
                task, ringClosed, fileClosed, released, faults,
                fires);
    }

    /** Adds a clause to the description of this transition. */
    public void say(String clause) {
        clauses.add(new StepNotes.Said(clause));
    }

    /** Names the handler and scenario line the step executes (shown at the end of the description). */
    public void at(String handler, int line) {
        location = Optional.of(new StepNotes.Location(handler, line));
    }

    /** The description of this transition: its clauses joined by "; ", then the handler location. */
    public String description() {
        return notes().text() + location.map(l -> l.line() > 0 ? " [" + l.handler() + " line " + l.line() + "]"
                : " [" + l.handler() + "]").orElse("");
    }

    /** The facts of this transition: its clauses and the handler location. */
    public StepNotes notes() {
        return new StepNotes(clauses, location);
    }

    /** The names of the program this state belongs to. */
    public ProgramNames names() {
        return names;
    }

    /** Says {@code act} in the description, e.g. {@code done(cmd#0, 0, flags=UNLOCKED)}. */
    public void say(Act act) {
        say(act.render(names));
    }

    /**
     * Records a breach of {@code obligation} for {@code cause} (the first fault per obligation is kept in
     * the state) and says it in the description.
     *
     * @param subject the values the breach concerns, in the order {@code cause} documents
     */
    public void fault(Obligation obligation, Cause cause, Object... subject) {
        Fault fault = new Fault(obligation, cause, List.of(subject));
        clauses.add(new StepNotes.Breach(PropertyId.of(obligation),
                "VIOLATES " + obligation.name() + ": " + fault.message(names)));
        for (Fault f : faults) {
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
        if (to.get() != from) {
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
            clauses.add(new StepNotes.PhaseMove(s.command(), s.phase().label(), phase.label(), true,
                    label(slot) + " " + s.phase().label() + " → " + phase.label() + " (forced by the core)"));
            slots.set(slot, s.withPhase(phase));
        }
    }

    /** Updates command {@code k}'s record. */
    public void command(int k, CommandRecord r) {
        commands.set(k, r);
    }
}
