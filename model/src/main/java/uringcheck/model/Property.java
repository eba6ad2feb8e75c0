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
 *   <li>{@link Kind#EVENTUALLY}: the predicate is a goal that every fair run reaches, from every
 *       reachable state (CTL {@code AG AF goal} under strong fairness of the model's
 *       {@link Fairness#KERNEL} actions, see {@link Model#fairness}). A violation is a lasso: a path to a
 *       fair cycle of non-goal states, or to a non-goal state where no kernel action is enabled (only
 *       stimuli, which may never come, or nothing at all).</li>
 *   <li>{@link Kind#SOMETIMES}: a reachability witness; some reachable state must satisfy it. It guards
 *       against a model that passes because nothing happens.</li>
 * </ul>
 *
 * @param id          the stable identifier: an obligation, an obligation's reachability twin, or a plain name
 * @param description one line saying what the property requires
 * @param kind        how the predicate is checked
 * @param predicate   the invariant, the quiescence condition, the goal or the witness
 * @param <S>         the state type
 */
public record Property<S>(PropertyId id, String description, Kind kind, Predicate<S> predicate) {

    /** How a property's predicate is checked. */
    public enum Kind {
        /** Holds in every reachable state. */
        ALWAYS,
        /** Holds in every reachable state with no enabled action. */
        AT_QUIESCENCE,
        /** From every reachable state, a state satisfying the goal is reachable (AG EF goal). */
        ALWAYS_RECOVERABLE,
        /** On every run fair to the kernel actions, a goal state is reached (AG AF goal, fairly). */
        EVENTUALLY,
        /** Some reachable state satisfies it. */
        SOMETIMES
    }

    public Property {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(predicate, "predicate");
    }

    /** The id's spelling, as reports print it (e.g. {@code O5}, {@code O9?reach-cancel-call}). */
    public String name() {
        return id.toString();
    }

    /** A safety invariant; {@code name} as {@link PropertyId#parse} reads it. */
    public static <S> Property<S> always(String name, String description, Predicate<S> invariant) {
        return always(PropertyId.parse(name), description, invariant);
    }

    /** A condition that must hold at quiescence; {@code name} as {@link PropertyId#parse} reads it. */
    public static <S> Property<S> atQuiescence(String name, String description, Predicate<S> condition) {
        return atQuiescence(PropertyId.parse(name), description, condition);
    }

    /** A goal that must stay reachable; {@code name} as {@link PropertyId#parse} reads it. */
    public static <S> Property<S> alwaysRecoverable(String name, String description, Predicate<S> goal) {
        return alwaysRecoverable(PropertyId.parse(name), description, goal);
    }

    /** A witness that some reachable state must satisfy; {@code name} as {@link PropertyId#parse} reads it. */
    public static <S> Property<S> sometimes(String name, String description, Predicate<S> witness) {
        return sometimes(PropertyId.parse(name), description, witness);
    }

    /** A safety invariant that must hold in every reachable state. */
    public static <S> Property<S> always(PropertyId id, String description, Predicate<S> invariant) {
        return new Property<>(id, description, Kind.ALWAYS, invariant);
    }

    /** A condition that must hold in every reachable state where no action is enabled. */
    public static <S> Property<S> atQuiescence(PropertyId id, String description, Predicate<S> condition) {
        return new Property<>(id, description, Kind.AT_QUIESCENCE, condition);
    }

    /** A goal that must stay reachable from every reachable state (AG EF goal). */
    public static <S> Property<S> alwaysRecoverable(PropertyId id, String description, Predicate<S> goal) {
        return new Property<>(id, description, Kind.ALWAYS_RECOVERABLE, goal);
    }

    /** A goal every run fair to the kernel actions reaches, from every reachable state. */
    public static <S> Property<S> eventually(PropertyId id, String description, Predicate<S> goal) {
        return new Property<>(id, description, Kind.EVENTUALLY, goal);
    }

    /** A witness that some reachable state must satisfy. */
    public static <S> Property<S> sometimes(PropertyId id, String description, Predicate<S> witness) {
        return new Property<>(id, description, Kind.SOMETIMES, witness);
    }
}
