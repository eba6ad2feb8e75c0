package uringcheck.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An explicit-state model: what can happen ({@link #initialStates()}, {@link #actions}, {@link #next})
 * and what must hold ({@link #properties()}).
 *
 * <p>Contract, relied on by every explorer strategy:
 * <ul>
 *   <li>States are immutable values with value equality: records of primitives, strings, enums, other
 *       such records and immutable lists. Two equal states must have equal {@link #fingerprint}s.</li>
 *   <li>{@link #actions} returns only the actions enabled in the state, always in the same order for
 *       equal states (no {@code HashMap} iteration order may leak into it). An empty list marks a
 *       quiescent state. Replay tokens are indices into this list, so its order is part of the model's
 *       identity.</li>
 *   <li>{@link #next} is a pure function of its arguments.</li>
 * </ul>
 *
 * @param <S> the state type
 * @param <A> the action type
 */
public interface Model<S, A> {

    /** A short, stable name: it appears in reports and replay tokens. */
    String name();

    /** The initial states, in a deterministic order. */
    List<S> initialStates();

    /** The actions enabled in {@code state}, in a deterministic order; empty when quiescent. */
    List<A> actions(S state);

    /** The successor of {@code state} under an action that {@link #actions} returned for it. */
    S next(S state, A action);

    /** The properties to check, in report order. */
    List<Property<S>> properties();

    /**
     * What this model is built from besides its name, as named parts each rendered to a deterministic
     * text (for a lifecycle model: the driver program, the abstraction, the environment). Replay tokens
     * record a digest of every part, so a token replayed on a model of the same name built from other
     * parts is refused, naming the part that differs. Default: no parts.
     */
    default Map<String, String> parts() {
        return Map.of();
    }

    /** Who performs {@code action}: a context, a thread, a process (e.g. {@code kworker}). */
    default String actor(S state, A action) {
        return "";
    }

    /**
     * Whether {@code action}, enabled in {@code state}, is guaranteed to happen ({@link Fairness#KERNEL},
     * fair) or an optional stimulus ({@link Fairness#STIMULUS}); read by the liveness check of
     * {@link Property.Kind#EVENTUALLY} properties. Default: every action is {@link Fairness#KERNEL}, so a
     * model that does not classify its actions is checked as if everything it can do eventually happens.
     */
    default Fairness fairness(S state, A action) {
        return Fairness.KERNEL;
    }

    /** What {@code action} does when taken in {@code state}, in the model's own vocabulary. */
    default String describe(S state, A action) {
        return String.valueOf(action);
    }

    /**
     * The successor of {@code state} under {@code action} together with its description: equal to
     * {@code new Successor<>(next(state, action), describe(state, action))}. A model whose transitions
     * produce their description as they execute overrides it to execute the action once.
     */
    default Successor<S> step(S state, A action) {
        return new Successor<>(next(state, action), describe(state, action));
    }

    /**
     * Why {@code state} violates {@code property}, when the model records a cause for it; empty by
     * default and for properties whose breach has no single cause (liveness, reachability twins).
     */
    default Optional<Explanation> explain(S state, PropertyId property) {
        return Optional.empty();
    }

    /**
     * The named fields of a state, in a fixed order, for counterexample traces (which print only the
     * fields that changed). The default flattens records and lists, see {@link StateFields}.
     */
    default Map<String, String> fields(S state) {
        return StateFields.of(state);
    }

    /**
     * The representative of {@code state}'s symmetry class: a state the model cannot tell apart from
     * {@code state} by any property, reached from it by a permutation of interchangeable parts (the
     * lifecycle model: the order of its running contexts, and commands with the same submit mode). Contract:
     * {@code canonical(s)} is {@code s} under some automorphism of the model (same properties, successors
     * permuted the same way), so two states with equal canonical forms have the same futures up to that
     * permutation. Equal canonical forms need not be found for every pair of symmetric states (that only
     * costs reduction). The explorer fingerprints canonical forms when symmetry reduction is on and keeps
     * exploring the concrete states. Default: the identity (no symmetry).
     */
    default S canonical(S state) {
        return state;
    }

    /**
     * The fingerprint of {@code state}'s symmetry class: equal to {@code fingerprint(canonical(state))}, which
     * the explorer stores when symmetry reduction is on. A model overrides it to compute that number without
     * building the canonical state. Default: {@code fingerprint(canonical(state))}.
     */
    default long canonicalFingerprint(S state) {
        return fingerprint(canonical(state));
    }

    /**
     * The actions of {@code state} a search must explore, given its enabled actions {@code enabled} (in
     * {@link #actions} order): {@code enabled} itself, or a subset of it that is an ample set for
     * partial-order reduction. Contract: empty only when {@code enabled} is; a proper subset is one action,
     * deterministic, independent of every action of every other actor (also of actors that do not exist
     * yet), invisible to every property and goal, and such that no cycle of the state graph consists of
     * states where a proper subset is returned (so every cycle passes a fully expanded state). Then safety,
     * at-quiescence, sometimes, always-recoverable and fair eventually properties are decided exactly on
     * the reduced graph. The explorer uses it when partial-order reduction is on; traces and replay tokens
     * stay indices into {@link #actions}. Default: {@code enabled} (no reduction).
     */
    default List<A> ample(S state, List<A> enabled) {
        return enabled;
    }

    /**
     * A {@link Stepper} over this model's successors, for one thread: its {@link Stepper#step} returns
     * {@link #fingerprint}{@code (next(state, action))}, or {@link #canonicalFingerprint} of it when
     * {@code canonical}, and {@link Stepper#successor} returns that successor. The explorer's breadth- and
     * depth-first searches step through one and ask for a successor only when its fingerprint is new. A model
     * overrides it to fingerprint a successor without building it. Default: {@link #next}, then the
     * fingerprint.
     */
    default Stepper<S, A> stepper(boolean canonical) {
        return new NextThenFingerprint<>(this, canonical);
    }

    /**
     * A 64-bit fingerprint of {@code state}. Equal states must have equal fingerprints; distinct
     * states should collide with probability close to 2^-64. The default hashes the value structure,
     * see {@link Fingerprints}; a model may override it with a faster hand-written hash.
     */
    default long fingerprint(S state) {
        return Fingerprints.of(state);
    }

    /**
     * Why some property answer this model gave during a search may be wrong: a bounded computation inside a
     * predicate stopped without an answer. Empty (the default) while every answer was exact. A search
     * treats a reason like a limit reached: the verdict cannot be HOLDS.
     */
    default Optional<String> incomplete() {
        return Optional.empty();
    }
}
