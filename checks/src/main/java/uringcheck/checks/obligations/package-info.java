/**
 * The proof-obligation document and the audit of a mailed Rust patch.
 *
 * <p>{@link uringcheck.checks.obligations.ObligationDocument} says, for each obligation of SPEC §6 under one
 * abstraction, who discharges it ({@link uringcheck.checks.obligations.DischargeTable}, reviewed data in
 * {@code obligations/discharge.yaml}) and what the checker found (the soundness sweep up to a bound, the
 * catalogue, or why it is out of scope). {@link uringcheck.checks.obligations.PatchAudit} lists the
 * {@code unsafe} sites and {@code // SAFETY:} comments of a patch as mailed and maps each site to the
 * obligations it relies on ({@link uringcheck.checks.obligations.UnsafeMap}, reviewed data in
 * {@code obligations/unsafe-map.yaml}). Both render through {@link uringcheck.checks.obligations.Doc} as
 * Markdown or self-contained HTML.
 */
package uringcheck.checks.obligations;
