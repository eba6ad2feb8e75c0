/**
 * The benchmark against SPIN behind {@code uringcheck bench}: the explorer and SPIN search the same
 * completers model ({@link uringcheck.model.toy.Completers} and {@code bench/completers.pml}); equal
 * state counts (SPIN without partial-order reduction) are an independent check of the explorer.
 *
 * <p>It also measures the lifecycle model, catalogue P7 with more commands, on one and on all workers
 * ({@link uringcheck.checks.bench.LifecycleBench}).
 *
 * <p>Entry points: {@link uringcheck.checks.bench.CompletersBench} (the measurements),
 * {@link uringcheck.checks.bench.Spin} (generate, compile and run pan),
 * {@link uringcheck.checks.bench.PanOutput} (read pan's summary) and
 * {@link uringcheck.checks.bench.BenchTable} (the printed table).
 */
package uringcheck.checks.bench;
