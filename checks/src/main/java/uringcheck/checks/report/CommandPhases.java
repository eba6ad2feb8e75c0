package uringcheck.checks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uringcheck.checks.explore.Trace;
import uringcheck.model.StepNotes;

/**
 * The phase of every command at every state of a trace (SPEC §3: fresh, reissued, queued, done,
 * released), followed from the initial state's {@code cmd#k} fields and each step's phase moves. A
 * command that userspace has not submitted yet is {@link #NOT_SUBMITTED}; a move names the phase it leaves,
 * so a command first seen in a move starts in that phase.
 *
 * @param commands the command numbers, ascending
 * @param phases   {@code phases.get(c).get(i)}: the phase of {@code commands.get(c)} in state {@code i}
 *                 (state 0 is initial, state {@code i} the one step {@code i} reaches)
 */
public record CommandPhases(List<Integer> commands, List<List<String>> phases) {

    /** The phase of a command userspace has not submitted yet. */
    public static final String NOT_SUBMITTED = "not submitted";

    private static final Pattern COMMAND_FIELD = Pattern.compile("cmd#(\\d+)");

    public CommandPhases {
        commands = List.copyOf(commands);
        phases = phases.stream().map(List::copyOf).toList();
    }

    /** The phases of {@code trace}, whose steps {@code steps} reads. */
    public static CommandPhases of(Trace trace, List<StepText> steps) {
        Map<Integer, String> initial = new TreeMap<>();
        for (String field : trace.initial().keySet()) {
            Matcher m = COMMAND_FIELD.matcher(field);
            if (m.matches()) {
                initial.put(Integer.parseInt(m.group(1)), NOT_SUBMITTED);
            }
        }
        for (StepText s : steps) {
            for (StepNotes.PhaseMove move : s.moves()) {
                initial.putIfAbsent(move.command(), move.from());
            }
        }
        List<Integer> commands = new ArrayList<>(initial.keySet());
        List<List<String>> phases = new ArrayList<>();
        for (int command : commands) {
            List<String> row = new ArrayList<>();
            String phase = initial.get(command);
            row.add(phase);
            for (StepText s : steps) {
                for (StepNotes.PhaseMove move : s.moves()) {
                    if (move.command() == command) {
                        phase = move.to();
                    }
                }
                row.add(phase);
            }
            phases.add(row);
        }
        return new CommandPhases(commands, phases);
    }

    /** Whether the trace has any command to show. */
    public boolean isEmpty() {
        return commands.isEmpty();
    }
}
