/**
 * The io_uring core (SPEC §1-§5) as operations on a mutable {@link uringcheck.model.lifecycle.kernel.World}
 * during one transition: {@link uringcheck.model.lifecycle.kernel.Completion} (done, mark_cancelable,
 * complete_in_task with their lock preconditions) and {@link uringcheck.model.lifecycle.kernel.Core}
 * (flush and recycle, the core's completion task work, the ownership scan). Every phase move goes
 * through {@link uringcheck.model.lifecycle.kernel.World#move}, i.e. through the shared
 * {@link uringcheck.model.rules.TransitionTable}.
 */
package uringcheck.model.lifecycle.kernel;
