package uringcheck.model;

/**
 * A model's successors taken one at a time, fingerprint first: {@link #step} executes an action and returns
 * the fingerprint of its successor, {@link #successor} then builds that successor. A search asks for the
 * successor only when its fingerprint is new, so a model whose successor is cheaper to fingerprint than to
 * build (the lifecycle model fingerprints the interpreter's working copy) builds no visited state.
 *
 * <p>A stepper is not thread-safe and holds the last step only: a search uses one per thread, and asks for a
 * successor before it takes the next step.
 *
 * @param <S> the state type
 * @param <A> the action type
 */
public interface Stepper<S, A> {

    /**
     * Executes {@code action}, enabled in {@code state}; returns the fingerprint of the successor:
     * {@link Model#fingerprint}{@code (next(state, action))}, or {@link Model#canonicalFingerprint} of it for a
     * stepper that {@link Model#stepper} made canonical.
     */
    long step(S state, A action);

    /**
     * The successor of the last {@link #step}, equal to {@link Model#next} of its state and action: built at
     * the first call after the step, the same object at every later call until the next step.
     *
     * @throws IllegalStateException before the first step
     */
    S successor();
}
