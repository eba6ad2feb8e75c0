/**
 * The interpreter of driver programs: {@link uringcheck.model.lifecycle.interp.CompiledProgram} flattens
 * handlers into ops, {@link uringcheck.model.lifecycle.interp.Interpreter} runs one statement per step in
 * its context and performs the core's issue / task-work / cancel-pass bookkeeping around handler calls,
 * and {@link uringcheck.model.lifecycle.interp.LifecycleSteps} lists and performs every step of the model
 * (contexts, task work, ring exit, release, userspace). {@link uringcheck.model.lifecycle.interp.DataRaces}
 * checks, before a statement runs, whether it races another context's next step on a plain field.
 * {@link uringcheck.model.lifecycle.interp.ObjectLayout} lays out the driver's own objects and lists in the
 * state, and {@link uringcheck.model.lifecycle.interp.DriverObjects} performs the steps on them. What a
 * step costs per state is kept small by values made once: each op's
 * {@link uringcheck.model.lifecycle.interp.StepGuard} (what its step waits for), and per thread the lists of
 * enabled actions ({@link uringcheck.model.lifecycle.interp.ActionLists}) and the running contexts frames
 * freeze into ({@link uringcheck.model.lifecycle.interp.ContextTable}), each shared by every state that
 * holds an equal one.
 */
package uringcheck.model.lifecycle.interp;
