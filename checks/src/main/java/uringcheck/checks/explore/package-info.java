/**
 * The explicit-state explorer: searches a {@link uringcheck.model.Model}'s reachable states, checks its
 * properties and explains violations.
 *
 * <p>Entry points: {@link uringcheck.checks.explore.Explorer#check} with
 * {@link uringcheck.checks.explore.SearchOptions} (breadth-first, depth-first, seeded random walks,
 * replay of a path) returns a {@link uringcheck.checks.explore.CheckResult};
 * {@link uringcheck.checks.explore.TextReport#render} prints it;
 * {@link uringcheck.checks.explore.Replay#run} re-executes a replay token;
 * {@link uringcheck.checks.explore.ReplayRoundTrip#assertReproduces} checks, in tests, that every
 * counterexample replays, and {@link uringcheck.checks.explore.FingerprintAudit#assertMergesNothing} that a
 * hand-written fingerprint merges no states.
 *
 * <p>Inside: one shared {@code Search} (fingerprint store, limits, property checks) driven by small
 * strategies ({@link uringcheck.checks.explore.Strategy}: {@code GraphSearch}, {@code ParallelBfs} (the
 * breadth-first search on several workers, with one worker's result), {@code RandomWalker},
 * {@code PathReplay}); always-recoverable
 * properties are decided on the explored graph by {@code RecoverabilityGraph}, eventually properties (fair
 * liveness) by {@code FairCycles} over the same graph, whose edges {@code ActionLabels} marks fair or not;
 * their counterexamples carry a {@link uringcheck.checks.explore.Trap} or a
 * {@link uringcheck.checks.explore.Lasso}. A state that violates a property is still expanded. The
 * reductions wrap the model: {@code SymmetryReduced} stores the fingerprints of canonical forms,
 * {@code PartialOrderReduced} explores ample sets and translates paths back to the full action lists.
 */
package uringcheck.checks.explore;
