/**
 * The uring_cmd command lifecycle (SPEC §3): the phases of one request and the table of legal moves
 * between them, shared by the explicit-state model and the concurrent runtime.
 *
 * <p>Entry points: {@link uringcheck.model.lifecycle.Phase},
 * {@link uringcheck.model.lifecycle.Transition}, {@link uringcheck.model.lifecycle.TransitionTable}.
 */
package uringcheck.model.lifecycle;
