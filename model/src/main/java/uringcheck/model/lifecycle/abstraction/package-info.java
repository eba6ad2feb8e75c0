/**
 * The abstraction under test, as data a scenario selects (SPEC §7): {@code seed} (v4 io_uring.rs types
 * with the v5 miscdevice vtable) and {@code c} (the raw C API).
 *
 * <p>Entry point: {@link uringcheck.model.lifecycle.abstraction.AbstractionSemantics#of}.
 */
package uringcheck.model.lifecycle.abstraction;
