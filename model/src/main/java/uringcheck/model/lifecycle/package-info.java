/**
 * The explicit-state model of the uring_cmd command lifecycle (SPEC §3), built on the kernel vocabulary
 * of {@link uringcheck.model.rules} (phases, the table of legal moves, issue flags, contexts).
 *
 * <p>Entry points: {@link uringcheck.model.lifecycle.LifecycleModel} (the model of one scenario:
 * abstraction, driver program, environment) and {@link uringcheck.model.lifecycle.LifecycleObligations}
 * (the obligations as properties, and those out of scope); {@link uringcheck.model.lifecycle.LifecycleStepper}
 * steps a search through successors fingerprinted before they are built. Its parts, with no package cycle between them:
 * {@code state} (the values a state is made of), {@code kernel} (the core's operations), {@code interp}
 * (the interpreter of driver programs), {@code abstraction} (what each Rust abstraction does at run time)
 * and {@code program} (driver programs).
 */
package uringcheck.model.lifecycle;
