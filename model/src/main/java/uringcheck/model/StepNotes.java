package uringcheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one step did, as data beside its prose: the clauses the model said, in order, each typed by what
 * it reports (a breach, a command's phase move, or plain prose), and the scenario location the step
 * executed. Reports read these facts here and never out of the description's wording. A model that says
 * nothing structured gives {@link #NONE}.
 *
 * @param clauses  the clauses, in the order the model said them; their texts joined by {@code "; "} are the
 *                 description without the location ({@link #text()})
 * @param location the scenario handler and line the step executed, if it executed a scenario statement
 */
public record StepNotes(List<Clause> clauses, Optional<Location> location) {

    /** The notes of a step that reports no structured fact. */
    public static final StepNotes NONE = new StepNotes(List.of(), Optional.empty());

    public StepNotes {
        clauses = List.copyOf(clauses);
    }

    /** One clause of a step's description: its text and, by its type, the fact it reports. */
    public sealed interface Clause permits Said, Breach, PhaseMove {

        /** The clause as the description spells it. */
        String text();
    }

    /** A clause that reports no fact beyond its prose. */
    public record Said(String text) implements Clause {
    }

    /**
     * A breach of {@code property} at this step (for the lifecycle, an obligation of SPEC §6).
     *
     * @param property the property breached
     * @param text     the clause saying so, with the breach's message
     */
    public record Breach(PropertyId property, String text) implements Clause {
    }

    /**
     * A command's phase move at this step (SPEC §3). The phases are given by their labels
     * ({@code uringcheck.model.rules.Phase#label()}, e.g. {@code queued}): that leaf package depends on this
     * one, so the type cannot be named here.
     *
     * @param command the command number ({@code cmd#k})
     * @param from    the phase left
     * @param to      the phase entered
     * @param forced  whether the core forced the move after an illegal transition it performs anyway
     * @param text    the clause saying so
     */
    public record PhaseMove(int command, String from, String to, boolean forced, String text) implements Clause {
    }

    /**
     * The scenario location a step executed.
     *
     * @param handler the scenario handler
     * @param line    the scenario line of the statement, or 0 when the step ran the handler but no statement
     *                with a line (e.g. its implicit return)
     */
    public record Location(String handler, int line) {
    }

    /** The clauses' texts joined by {@code "; "}: the description without the location. */
    public String text() {
        return String.join("; ", clauses.stream().map(Clause::text).toList());
    }

    /** The texts of the clauses said before the first breach, joined by {@code "; "}: what the step did. */
    public String textBeforeBreach() {
        List<String> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (c instanceof Breach) {
                break;
            }
            out.add(c.text());
        }
        return String.join("; ", out);
    }

    /** The properties breached at this step, each once, in the order first said. */
    public List<PropertyId> breaches() {
        List<PropertyId> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (c instanceof Breach b && !out.contains(b.property())) {
                out.add(b.property());
            }
        }
        return List.copyOf(out);
    }

    /** The phase moves of this step, in order. */
    public List<PhaseMove> moves() {
        List<PhaseMove> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (c instanceof PhaseMove m) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** Whether these notes report nothing: no clause and no location. */
    public boolean isEmpty() {
        return clauses.isEmpty() && location.isEmpty();
    }
}
