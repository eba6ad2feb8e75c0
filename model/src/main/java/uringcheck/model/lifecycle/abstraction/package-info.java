/**
 * The abstraction under test (SPEC §7), one constant of {@link uringcheck.model.lifecycle.abstraction.Abstraction}
 * each, with its two halves side by side: what the API does at run time
 * ({@link uringcheck.model.lifecycle.abstraction.AbstractionSemantics}: {@code SeedSemantics},
 * {@code FixedSemantics}, {@code CSemantics}) and what it lets a driver write
 * ({@link uringcheck.model.lifecycle.abstraction.ApiRules}: {@code SeedApi}, {@code V5Api},
 * {@code FixedApi}, {@code CApi}, the Rust ones sharing {@code RustApi}). {@code seed} is the v4
 * io_uring.rs types with the v5 miscdevice vtable, {@code v5} adds task-work completion and its public
 * flags constant (seed's run-time semantics), {@code fixed} is the sound shape (docs/soundness.md) and
 * {@code c} the raw C API.
 *
 * <p>Entry point: {@link uringcheck.model.lifecycle.abstraction.Abstraction}.
 */
package uringcheck.model.lifecycle.abstraction;
