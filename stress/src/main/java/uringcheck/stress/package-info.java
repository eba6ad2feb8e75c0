/**
 * jcstress tests of the uring_cmd lifecycle's races on real threads and real hardware, over the
 * concurrent runtime {@link uringcheck.model.concurrent.Ring}, whose every move is checked against the
 * lifecycle's transition table.
 *
 * <p>One class per race, named after it, each with a correct and a broken variant side by side as
 * nested {@code @JCStressTest} classes. In a correct variant every outcome that breaks an obligation
 * (SPEC §6) is {@code FORBIDDEN}, so observing it fails the build; in a broken variant the bad outcome
 * is {@code ACCEPTABLE_INTERESTING} with a description naming the obligation. A call the runtime refuses
 * (a {@link uringcheck.model.concurrent.LifecycleViolation}) is part of the outcome, never an error:
 * the outcome names the party and the obligations, e.g. {@code kworker:O3+O1+O9}.
 *
 * <p>Entry points (the races): {@link uringcheck.stress.DoneVsCancel} (O9, O1),
 * {@link uringcheck.stress.DoneViaStaleHandle} (O3), {@link uringcheck.stress.PduAcrossQueue} (O6),
 * {@link uringcheck.stress.TaskWorkVsCancel} (O4, O9), {@link uringcheck.stress.CqPosting} (O1). Run
 * them with {@code java -jar stress/target/jcstress.jar}; {@code mvn verify} runs them in a short mode.
 */
package uringcheck.stress;
