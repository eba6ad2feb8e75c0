/**
 * The benchmark against SPIN behind {@code uringcheck bench}: the explorer and SPIN search the same
 * completers model ({@link uringcheck.model.toy.Completers} and {@code bench/completers.pml}); equal
 * state counts (SPIN without partial-order reduction) are an independent check of the explorer.
 *
 * <p>It also measures the lifecycle model on {@link uringcheck.checks.bench.Workload}s (catalogue P7 and
 * a real driver with more commands), on one and on all workers and without each reduction
 * ({@link uringcheck.checks.bench.LifecycleBench}); {@link uringcheck.checks.bench.PeakHeap} measures the
 * peak and live heap of every run.
 *
 * <p>Entry points: {@link uringcheck.checks.bench.CompletersBench} (the measurements),
 * {@link uringcheck.checks.bench.Spin} (generate, compile and run pan),
 * {@link uringcheck.checks.bench.PanOutput} (read pan's summary) and
 * {@link uringcheck.checks.bench.BenchTable} (the printed table).
 */
package uringcheck.checks.bench;
