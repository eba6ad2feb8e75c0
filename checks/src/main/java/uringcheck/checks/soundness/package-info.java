/**
 * The soundness sweep: a bounded proof over every small driver program a Rust abstraction's safe API can
 * express (docs/soundness.md). Programs are enumerated over a finite vocabulary of statement templates
 * ({@link uringcheck.checks.soundness.SweepVocabulary}: the straight-line base language, or the driver
 * language with flag tests and a walk over the driver's handles), filtered by the scenario validator so that exactly
 * the programs that compile under the abstraction remain ({@link uringcheck.checks.soundness.ProgramEnumerator}),
 * pruned where a shorter program has the same verdict by construction
 * ({@link uringcheck.checks.soundness.Pruning}), and each checked exhaustively by the explorer in a small
 * environment ({@link uringcheck.checks.soundness.Sweep}). The result keeps, per obligation and per SPEC §7
 * hole, the first program in canonical order with its shortest trace
 * ({@link uringcheck.checks.soundness.SweepResult}).
 *
 * <p>Entry points: {@link uringcheck.checks.soundness.Sweep#run} and
 * {@link uringcheck.checks.soundness.SoundnessReport#render}; the CLI's {@code uringcheck soundness}. A sweep
 * across machines: {@link uringcheck.checks.soundness.Sweep#check} per
 * {@link uringcheck.checks.soundness.Shard}, written and read by
 * {@link uringcheck.checks.soundness.ShardFile}, checked by {@link uringcheck.checks.soundness.ShardSet}
 * and put together by {@link uringcheck.checks.soundness.Sweep#assemble}.
 */
package uringcheck.checks.soundness;
