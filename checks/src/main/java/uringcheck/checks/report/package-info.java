/**
 * Reports people and CI systems read, all rendered from a checked run ({@link uringcheck.checks.report.Run}):
 * the swim-lane HTML page ({@link uringcheck.checks.report.HtmlReport}; for soundness sweeps
 * {@link uringcheck.checks.report.SoundnessHtml}), SARIF 2.1.0
 * ({@link uringcheck.checks.report.SarifReport}), JUnit XML ({@link uringcheck.checks.report.JunitXmlReport}),
 * the compact one-line-per-step trace for mailing-list replies
 * ({@link uringcheck.checks.report.CompactTrace}) and the progress line on stderr
 * ({@link uringcheck.checks.report.ProgressLine}).
 *
 * <p>Every renderer reads a {@link uringcheck.checks.explore.Trace} through
 * {@link uringcheck.checks.report.StepText}, which takes a step's facts (breaches, phase moves, scenario
 * location) from its {@link uringcheck.model.StepNotes}, never from the wording of its description, and
 * through {@link uringcheck.checks.report.Lanes} and {@link uringcheck.checks.report.CommandPhases}, which place
 * steps in context lanes and follow each command's phase (SPEC §3). Output is a deterministic function of
 * the run: no timestamps, no unordered iteration.
 */
package uringcheck.checks.report;
