package uringcheck.checks.report;

import java.util.List;
import java.util.Optional;

import uringcheck.checks.explore.TraceStep;
import uringcheck.model.PropertyId;
import uringcheck.model.StepNotes;

/**
 * One trace step read for reports: its kernel text without the scenario location, the scenario handler
 * and line it executed, the properties it breaches and the command phase moves it makes. All of these are
 * read from the step's {@link StepNotes} (for the lifecycle model, filled by {@code World} as it says each
 * clause), never from the wording of its description; a step whose model reports no notes is plain text
 * with none of these facts.
 *
 * @param step the step read
 */
public record StepText(TraceStep step) {

    /** Reads every step of {@code steps}. */
    public static List<StepText> of(List<TraceStep> steps) {
        return steps.stream().map(StepText::new).toList();
    }

    private StepNotes notes() {
        return step.notes();
    }

    /** The description without the scenario location. */
    public String kernelText() {
        return notes().isEmpty() ? step.action() : notes().text();
    }

    /** What the step did, without why it is wrong: its clauses before the first breach. */
    public String action() {
        return notes().isEmpty() ? step.action() : notes().textBeforeBreach();
    }

    /** The scenario handler the step ran, if any. */
    public Optional<String> handler() {
        return notes().location().map(StepNotes.Location::handler);
    }

    /** The scenario line the step ran (0 when the step ran no scenario statement). */
    public int line() {
        return notes().location().map(StepNotes.Location::line).orElse(0);
    }

    /** The properties breached at this step, each once, in the order the model says them. */
    public List<PropertyId> breaches() {
        return notes().breaches();
    }

    /** The breached properties as reports spell them ({@link PropertyId#toString()}), joined by {@code separator}. */
    public String breaches(String separator) {
        return String.join(separator, breaches().stream().map(PropertyId::toString).toList());
    }

    /** The command phase moves made at this step, in order. */
    public List<StepNotes.PhaseMove> moves() {
        return notes().moves();
    }

    /** The actor's lane name ({@code (model)} when the model names no actor). */
    public String lane() {
        return step.actor().isEmpty() ? Lanes.NO_ACTOR : step.actor();
    }
}
