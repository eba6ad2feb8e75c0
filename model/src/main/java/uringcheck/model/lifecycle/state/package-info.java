/**
 * The immutable values a lifecycle state is made of: the {@link uringcheck.model.lifecycle.state.LifecycleState}
 * itself and the {@link uringcheck.model.lifecycle.state.LifecycleAction}s between states; request
 * {@link uringcheck.model.lifecycle.state.Slot}s, per-command
 * {@link uringcheck.model.lifecycle.state.CommandRecord}s, running
 * {@link uringcheck.model.lifecycle.state.RunningContext}s (C1-C6 of SPEC §2, see
 * {@link uringcheck.model.lifecycle.state.ContextKind}), driver {@link uringcheck.model.lifecycle.state.Value}s
 * and recorded {@link uringcheck.model.lifecycle.state.Fault}s, each a {@link uringcheck.model.lifecycle.state.Cause}
 * with the values it concerns ({@link uringcheck.model.lifecycle.state.Act}s, holders, numbers), rendered
 * into a sentence only for traces. The driver's own properties (objects, lists, {@code assert:}) are the
 * {@link uringcheck.model.lifecycle.state.DriverProperty}s. Records, enums and lists only, so states
 * fingerprint structurally; {@link uringcheck.model.lifecycle.state.PackedState} packs a state into words, which
 * the model's fingerprint and the symmetry's canonical fingerprint fold.
 */
package uringcheck.model.lifecycle.state;
