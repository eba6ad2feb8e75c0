/**
 * Driver completion strategies of the lifecycle catalogue as ordinary threaded code over
 * {@link uringcheck.model.concurrent.Ring}: each is a {@link uringcheck.model.concurrent.Driver} whose
 * deferred work runs on a {@link uringcheck.model.concurrent.Workqueue}, and whose work items are public
 * methods so a jcstress actor can run them directly.
 *
 * <p>Entry points: {@link uringcheck.model.concurrent.patterns.KworkerDoneUnlocked} (P4, correct),
 * {@link uringcheck.model.concurrent.patterns.ForwardedFlagsKworker} (P5, the v4 sample: breaks O5 when
 * submitted inline, correct via io-wq), {@link uringcheck.model.concurrent.patterns.TaskWorkCompletion}
 * (P6, correct), {@link uringcheck.model.concurrent.patterns.ClaimedCancel} (P7, correct) and
 * {@link uringcheck.model.concurrent.patterns.UnclaimedCancel} (P8: breaks O1 and O9).
 */
package uringcheck.model.concurrent.patterns;
