/**
 * The lifecycle catalogue as tests: every driver program is a YAML scenario file, shipped
 * ({@code checks/src/main/resources/scenarios}) or test-only ({@code scenarios-extra/} in the test
 * resources, {@link uringcheck.checks.lifecycle.ExtraScenarios}); bounds variants change only the
 * environment ({@link uringcheck.checks.lifecycle.CatalogueRun}). Their numbers are pinned once, in
 * {@code golden/lifecycle-catalogue.txt} ({@link uringcheck.checks.lifecycle.CatalogueGolden}).
 *
 * <p>Entry points: {@link uringcheck.checks.lifecycle.LifecycleCatalogueTest} (verdicts, counts,
 * counterexample lengths, replays), {@link uringcheck.checks.lifecycle.LifecycleFingerprintTest},
 * {@link uringcheck.checks.lifecycle.LifecycleTraceGoldenTest} and
 * {@link uringcheck.checks.lifecycle.ReadmeCatalogueTableTest} (the README's table against the golden file).
 */
package uringcheck.checks.lifecycle;
