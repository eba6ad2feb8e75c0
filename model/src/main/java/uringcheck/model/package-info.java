/**
 * The Model API: what can happen and what must hold, with no checking logic.
 *
 * <p>Entry points: {@link uringcheck.model.Model} (states, enabled actions, successor function),
 * {@link uringcheck.model.Property} (always, at quiescence, always-recoverable, sometimes) and
 * {@link uringcheck.model.Obligation} (the proof obligations O1-O15 of SPEC §6).
 * {@link uringcheck.model.Fingerprints} and {@link uringcheck.model.StateFields} give every model
 * a default 64-bit fingerprint and a field view for traces; a {@link uringcheck.model.Stepper} gives a
 * successor's fingerprint before the successor, so that a search builds only new states; {@link uringcheck.model.Successor} (one
 * execution of a step, with its description and its facts as {@link uringcheck.model.StepNotes}) and {@link uringcheck.model.Explanation} (why a state
 * violates a property) serve counterexample traces.
 */
package uringcheck.model;
