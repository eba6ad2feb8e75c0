/**
 * The uring_cmd command lifecycle (SPEC §3): the phases of one request and the table of legal moves
 * between them, shared by the explicit-state model and the concurrent runtime, and the explicit-state
 * model of the whole lifecycle.
 *
 * <p>Entry points: {@link uringcheck.model.rules.Phase},
 * {@link uringcheck.model.rules.Transition}, {@link uringcheck.model.rules.TransitionTable};
 * {@link uringcheck.model.lifecycle.LifecycleModel} (the model of one scenario: abstraction, driver
 * program, environment) and {@link uringcheck.model.lifecycle.LifecycleObligations} (the obligations
 * as properties, and those out of scope).
 */
package uringcheck.model.lifecycle;

import uringcheck.model.rules.Phase;
import uringcheck.model.rules.Transition;
import uringcheck.model.rules.TransitionTable;
