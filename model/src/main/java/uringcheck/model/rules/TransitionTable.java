package uringcheck.model.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uringcheck.model.Obligation;

/**
 * The legal phase moves of one request: the single source of truth shared by the explicit-state
 * lifecycle model and the concurrent runtime (which validates every move it makes against it).
 *
 * <p>Anything not listed is illegal. Illegal moves are how the obligations show up at the level of
 * one request: {@link Transition#DONE} on a {@link Phase#DONE} request is a double completion (O1),
 * any move but {@link Transition#SUBMIT} on a {@link Phase#RELEASED} request is a use after done
 * (O3), see {@link #obligationBrokenBy}.
 */
public final class TransitionTable {

    /** One legal move. */
    public record Rule(Phase from, Transition transition, Phase to) {
    }

    private static final Map<Phase, Map<Transition, Phase>> TABLE = new EnumMap<>(Phase.class);
    private static final List<Rule> RULES;

    static {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(Phase.RELEASED, Transition.SUBMIT, Phase.FRESH));
        rules.add(new Rule(Phase.FRESH, Transition.PUNT_TO_IOWQ, Phase.REISSUED));
        rules.add(new Rule(Phase.FRESH, Transition.COMPLETE_SYNC, Phase.DONE));
        rules.add(new Rule(Phase.FRESH, Transition.QUEUE, Phase.QUEUED));
        rules.add(new Rule(Phase.REISSUED, Transition.COMPLETE_SYNC, Phase.DONE));
        rules.add(new Rule(Phase.REISSUED, Transition.QUEUE, Phase.QUEUED));
        rules.add(new Rule(Phase.QUEUED, Transition.TASK_WORK_ADD, Phase.QUEUED));
        rules.add(new Rule(Phase.QUEUED, Transition.TASK_WORK_RUN, Phase.QUEUED));
        rules.add(new Rule(Phase.QUEUED, Transition.MARK_CANCELABLE, Phase.QUEUED));
        rules.add(new Rule(Phase.QUEUED, Transition.CANCEL_CALL, Phase.QUEUED));
        rules.add(new Rule(Phase.QUEUED, Transition.DONE, Phase.DONE));
        rules.add(new Rule(Phase.DONE, Transition.FLUSH, Phase.RELEASED));
        for (Rule rule : rules) {
            TABLE.computeIfAbsent(rule.from(), p -> new EnumMap<>(Transition.class))
                    .put(rule.transition(), rule.to());
        }
        RULES = Collections.unmodifiableList(rules);
    }

    private TransitionTable() {
    }

    /** Every legal move, in a fixed order. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The phase after {@code transition} from {@code from}, or empty when the move is illegal. */
    public static Optional<Phase> next(Phase from, Transition transition) {
        Map<Transition, Phase> row = TABLE.get(from);
        return Optional.ofNullable(row == null ? null : row.get(transition));
    }

    /** Whether {@code transition} is legal from {@code from}. */
    public static boolean allows(Phase from, Transition transition) {
        return next(from, transition).isPresent();
    }

    /**
     * The obligation an illegal move breaks, for reports: a second {@code DONE} breaks O1, anything
     * on a released request breaks O3, a re-arm or completion outside {@code QUEUED} breaks O12
     * (the caller had no ownership), anything else O1.
     */
    public static Obligation obligationBrokenBy(Phase from, Transition transition) {
        if (allows(from, transition)) {
            throw new IllegalArgumentException(transition + " from " + from + " is legal");
        }
        if (from == Phase.RELEASED) {
            return Obligation.O3;
        }
        if (transition == Transition.DONE && from == Phase.DONE) {
            return Obligation.O1;
        }
        if (from == Phase.FRESH || from == Phase.REISSUED) {
            return Obligation.O12;
        }
        return Obligation.O1;
    }
}
