/**
 * A thread-safe runtime of the uring_cmd lifecycle (SPEC §1-§3) for real threads, checked by Lincheck
 * (module {@code checks}) and jcstress (module {@code stress}). Every phase move of a request is validated
 * against {@link uringcheck.model.rules.TransitionTable}, the table the explicit-state model uses;
 * every breach throws a {@link uringcheck.model.concurrent.LifecycleViolation} naming the obligation
 * (SPEC §6) with the request's history.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link uringcheck.model.concurrent.Ring}: the ring. {@code submit(userData, path)} (submitter
 *       task), {@code runTaskWork()} (submitter task), {@code cancelPass()} (ring or task exit),
 *       {@code reap()} (application), {@code inIrq(body)} (run driver code in atomic context),
 *       {@code inFlight()} / {@code cancelableCount()} (quiescence checks).</li>
 *   <li>{@link uringcheck.model.concurrent.Driver}: the driver's {@code uring_cmd}, called to issue and
 *       to cancel.</li>
 *   <li>{@link uringcheck.model.concurrent.Cmd}: the handle a driver gets and keeps: {@code queue()},
 *       {@code done(res, issueFlags)}, {@code markCancelable(issueFlags)}, {@code completeInTask(cb)},
 *       the PDU ({@code pdu()}, {@code setPdu()}: plain memory), {@code unchecked()} (a C pointer: no
 *       generation check).</li>
 *   <li>{@link uringcheck.model.rules.IssueFlags}, {@link uringcheck.model.rules.ExecContext},
 *       {@link uringcheck.model.rules.Errno}, {@link uringcheck.model.rules.FlagRules}: SPEC's vocabulary
 *       with the kernel's values, shared with the explicit-state model; this package depends on no other
 *       package of {@code model} but {@code rules} and the root.</li>
 *   <li>{@link uringcheck.model.concurrent.Workqueue} / {@link uringcheck.model.concurrent.ThreadWorkqueue}:
 *       where kworker and io-wq items run.</li>
 * </ul>
 *
 * <p>What is asserted, and where: {@code uring_lock} ownership (a real {@code ReentrantLock}) at every
 * access to {@code compl_reqs}, {@code cmd_cache}, {@code cancelable_uring_cmd}, the free list and the
 * CQ; the issue_flags rules of O5 on entry to {@code done} and {@code markCancelable}; at most one
 * pending task work and no completion while one is pending (O4); the handle's generation (O3);
 * ownership passing only in the command's own issue call (O12). The driver patterns of the catalogue
 * (P4-P9) are in {@link uringcheck.model.concurrent.patterns}.
 *
 * <p>Not modelled: IOPOLL (C7), multishot, 32-byte CQEs ({@code res2}), the fallback task-work kworker
 * ({@code tw.cancel}), task exit as distinct from ring exit.
 */
package uringcheck.model.concurrent;
