package uringcheck.checks.obligations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.soundness.Finding;
import uringcheck.checks.soundness.RustPrinter;
import uringcheck.checks.soundness.SoundnessReport;
import uringcheck.checks.soundness.SweepResult;
import uringcheck.checks.soundness.SweepVocabulary;
import uringcheck.checks.soundness.SweptProgram;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.LifecycleObligations;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * The proof-obligation document for one abstraction: for each obligation of SPEC §6, its statement and
 * kernel source, who discharges it ({@link DischargeTable}), and its status from the checker
 * ({@link ObligationStatus}): the soundness sweep's finding or bounded proof for the Rust abstractions,
 * the catalogue's scenarios for the C API, or why the model does not check it.
 */
public final class ObligationDocument {

    private ObligationDocument() {
    }

    /**
     * The bound the document sweeps at when none is given: the largest L whose sweep took under 3 s of CPU
     * in docs/soundness.md §5 (seed 1.4 s and fixed 2.2 s at L = 3; v5 8.1 s at L = 3, 0.9 s at L = 2).
     */
    public static int defaultBound(Abstraction a) {
        return a == Abstraction.V5 ? 2 : 3;
    }

    /** The status of every obligation under a Rust abstraction, from {@code sweep}. */
    public static Map<Obligation, ObligationStatus> statuses(SweepResult sweep, DischargeTable table) {
        Map<Obligation, ObligationStatus> out = new EnumMap<>(Obligation.class);
        Map<Obligation, String> outOfScope = LifecycleObligations.outOfScope();
        for (Obligation o : Obligation.values()) {
            Finding f = sweep.findings().get(o);
            if (outOfScope.containsKey(o)) {
                out.put(o, new ObligationStatus.OutOfScope(outOfScope.get(o)));
            } else if (f != null) {
                out.put(o, new ObligationStatus.Violated(f, sweep.maxStatements()));
            } else if (!sweep.incomplete().isEmpty()) {
                out.put(o, new ObligationStatus.Unproved(sweep.maxStatements(), sweep.incomplete().size()));
            } else {
                out.put(o, new ObligationStatus.HoldsUpTo(sweep.maxStatements(),
                        table.sweepLimits().getOrDefault(o, "")));
            }
        }
        return out;
    }

    /** The status of every obligation under the C API, from the catalogue's scenarios written against C. */
    public static Map<Obligation, ObligationStatus> statuses(List<Scenario> catalogue) {
        Map<Obligation, ObligationStatus> out = new EnumMap<>(Obligation.class);
        Map<Obligation, String> outOfScope = LifecycleObligations.outOfScope();
        for (Obligation o : Obligation.values()) {
            if (outOfScope.containsKey(o)) {
                out.put(o, new ObligationStatus.OutOfScope(outOfScope.get(o)));
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Scenario s : catalogue) {
                if (s.abstraction() == Abstraction.C
                        && s.expectation().map(e -> e.properties().contains(PropertyId.of(o))).orElse(false)) {
                    names.add(s.name());
                }
            }
            out.put(o, new ObligationStatus.Catalogue(names));
        }
        return out;
    }

    /**
     * The document for {@code abstraction}.
     *
     * @param sweep    the sweep the statuses come from, or null under C
     * @param statuses per obligation, its status ({@link #statuses})
     */
    public static Doc render(Abstraction abstraction, SweepResult sweep, Map<Obligation, ObligationStatus> statuses,
                             DischargeTable table) {
        String name = abstraction.name().toLowerCase(Locale.ROOT);
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph("The proof obligations of SPEC §6 for a driver written against the `" + name
                + "` API: who discharges each one (reviewed by hand, `obligations/discharge.yaml`) and what the"
                + " checker says about it."));
        if (sweep == null) {
            blocks.add(new Doc.Paragraph("There is no soundness sweep under `c`: the C API has no types to prove"
                    + " anything about, so every obligation is the driver's. What applies is the catalogue: the"
                    + " scenarios written against `c` that are expected to violate each obligation"
                    + " (`uringcheck list`)."));
        } else {
            blocks.add(new Doc.Paragraph("Status from the soundness sweep (docs/soundness.md) up to L = "
                    + sweep.maxStatements() + " statements per handler: " + sweep.programs()
                    + " programs compile, " + sweep.checked() + " checked exhaustively (" + sweep.pruned()
                    + " pruned), " + sweep.states() + " states. Verdict: " + SoundnessReport.verdictLine(sweep)
                    + ". Environment of every check: " + SweepVocabulary.describeEnvironment() + ". \"Proved up to"
                    + " L\" means no program of at most L statements per handler breaks it, even where the driver"
                    + " discharges it: a larger L is `--max-statements`, and docs/soundness.md §5 gives the bound at"
                    + " which each hole of SPEC §7 first appears."));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Obligation o : Obligation.values()) {
            rows.add(List.of(o.name(), table.of(abstraction, o).byLabel(), statuses.get(o).summary()));
        }
        blocks.add(new Doc.Table(List.of("obligation", "discharged by", "status"), rows));
        for (Obligation o : Obligation.values()) {
            obligation(blocks, o, table.of(abstraction, o), statuses.get(o));
        }
        return new Doc("Proof obligations under the " + name + " abstraction", blocks);
    }

    private static void obligation(List<Doc.Block> blocks, Obligation o, Discharge d, ObligationStatus status) {
        blocks.add(new Doc.Heading(2, o.name()));
        blocks.add(new Doc.Bullets(List.of("Statement: " + o.statement(), "Kernel source: " + o.source(),
                "Discharged by " + d.byLabel() + ": " + d.how(), "Status: " + detail(status))));
        if (status instanceof ObligationStatus.Violated v) {
            Finding f = v.finding();
            SweptProgram p = f.program();
            blocks.add(new Doc.Paragraph("Shortest witness: program " + p.name() + " (" + p.statements()
                    + " statements, smallest per-handler bound " + f.minimalL() + "):"));
            blocks.add(new Doc.Code("rust", RustPrinter.render(p.abstraction(), p.driver())));
            blocks.add(new Doc.Paragraph("Shortest interleaving (" + f.violation().trace().length() + " steps):"));
            blocks.add(new Doc.Code("", SoundnessReport.renderTrace(f.violation().trace(), "")));
            if (!f.message().isEmpty()) {
                blocks.add(new Doc.Paragraph("The model's message: " + f.message()));
            }
        }
    }

    private static String detail(ObligationStatus status) {
        if (status instanceof ObligationStatus.Violated v) {
            return (SweepResult.LIVENESS.contains(v.finding().obligation())
                    ? "violated (liveness: safe Rust allows leaks, so this is the driver's to keep)" : "violated")
                    + " by a program of the sweep up to L = " + v.bound() + ".";
        }
        if (status instanceof ObligationStatus.HoldsUpTo h) {
            return "proved up to L = " + h.bound() + ": no program of at most " + h.bound()
                    + " statements per handler breaks it" + (h.limit().isEmpty() ? "." : "; but " + h.limit() + ".");
        }
        if (status instanceof ObligationStatus.Unproved u) {
            return "not proved: no program up to L = " + u.bound() + " breaks it, but " + u.incomplete()
                    + " program searches hit a limit.";
        }
        if (status instanceof ObligationStatus.OutOfScope s) {
            return "out of scope: " + s.why() + ".";
        }
        ObligationStatus.Catalogue c = (ObligationStatus.Catalogue) status;
        return c.violatedBy().isEmpty() ? "no catalogue scenario written against `c` violates it."
                : "violated by the catalogue scenarios " + String.join(", ", c.violatedBy().stream()
                        .map(n -> "`" + n + "`").toList()) + ".";
    }
}
