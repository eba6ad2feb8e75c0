/**
 * The uring_cmd command lifecycle (SPEC §3): the phases of one request and the table of legal moves
 * between them, shared by the explicit-state model and the concurrent runtime, and the explicit-state
 * model of the whole lifecycle.
 *
 * <p>Entry points: {@link uringcheck.model.lifecycle.Phase},
 * {@link uringcheck.model.lifecycle.Transition}, {@link uringcheck.model.lifecycle.TransitionTable};
 * {@link uringcheck.model.lifecycle.LifecycleModel} (the model of one scenario: abstraction, driver
 * program, environment) and {@link uringcheck.model.lifecycle.LifecycleObligations} (the obligations
 * as properties, and those out of scope).
 */
package uringcheck.model.lifecycle;
