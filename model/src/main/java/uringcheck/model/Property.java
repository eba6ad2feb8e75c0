package uringcheck.model;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A named property of a {@link Model}, checked by an explorer over every reachable state.
 *
 * <p>The {@link Kind} fixes how {@link #predicate()} is read:
 * <ul>
 *   <li>{@link Kind#ALWAYS}: a safety invariant; it must hold in every reachable state.</li>
 *   <li>{@link Kind#AT_QUIESCENCE}: it must hold in every reachable state where no action is
 *       enabled (end states, deadlocks).</li>
 *   <li>{@link Kind#ALWAYS_RECOVERABLE}: the predicate is a goal; from every reachable state some
 *       goal state must stay reachable (CTL {@code AG EF goal}). This is how liveness and hangs are
 *       decided on the explored graph: a violation is a trap, a set of states (a dead end or a cycle)
 *       from which no goal state can be reached.</li>
 *   <li>{@link Kind#SOMETIMES}: a reachability witness; some reachable state must satisfy it. It guards
 *       against a model that passes because nothing happens.</li>
 * </ul>
 *
 * @param name        the stable identifier (an obligation id such as {@code O1}, or a short name)
 * @param description one line saying what the property requires
 * @param kind        how the predicate is checked
 * @param predicate   the invariant, the quiescence condition, the goal or the witness
 * @param <S>         the state type
 */
public record Property<S>(String name, String description, Kind kind, Predicate<S> predicate) {

    /** How a property's predicate is checked. */
    public enum Kind {
        /** Holds in every reachable state. */
        ALWAYS,
        /** Holds in every reachable state with no enabled action. */
        AT_QUIESCENCE,
        /** From every reachable state, a state satisfying the goal is reachable (AG EF goal). */
        ALWAYS_RECOVERABLE,
        /** Some reachable state satisfies it. */
        SOMETIMES
    }

    public Property {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(predicate, "predicate");
    }

    /** A safety invariant that must hold in every reachable state. */
    public static <S> Property<S> always(String name, String description, Predicate<S> invariant) {
        return new Property<>(name, description, Kind.ALWAYS, invariant);
    }

    /** A condition that must hold in every reachable state where no action is enabled. */
    public static <S> Property<S> atQuiescence(String name, String description, Predicate<S> condition) {
        return new Property<>(name, description, Kind.AT_QUIESCENCE, condition);
    }

    /** A goal that must stay reachable from every reachable state (AG EF goal). */
    public static <S> Property<S> alwaysRecoverable(String name, String description, Predicate<S> goal) {
        return new Property<>(name, description, Kind.ALWAYS_RECOVERABLE, goal);
    }

    /** A witness that some reachable state must satisfy. */
    public static <S> Property<S> sometimes(String name, String description, Predicate<S> witness) {
        return new Property<>(name, description, Kind.SOMETIMES, witness);
    }
}
