package uringcheck.checks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import uringcheck.checks.soundness.Finding;
import uringcheck.checks.soundness.RustPrinter;
import uringcheck.checks.soundness.SoundnessReport;
import uringcheck.checks.soundness.SweepResult;
import uringcheck.checks.soundness.SweepVerdict;
import uringcheck.checks.soundness.SweptProgram;
import uringcheck.model.lifecycle.state.Hole;

/**
 * The swim-lane page of soundness sweeps ({@code uringcheck soundness --html DIR}): a summary row per
 * abstraction swept (expected SOUND up to L), and per obligation a sweep breaks, a section charting the
 * first program's shortest trace ({@link HtmlReport}) beside the program printed as Rust
 * ({@link RustPrinter}), whose {@code // n} comments are the statement lines the steps cite.
 */
public final class SoundnessHtml {

    private SoundnessHtml() {
    }

    /** The page of {@code results}. */
    public static String render(List<SweepResult> results) {
        List<HtmlReport.Row> rows = new ArrayList<>();
        List<HtmlReport.Section> sections = new ArrayList<>();
        for (SweepResult r : results) {
            String abstraction = r.abstraction().name().toLowerCase(Locale.ROOT);
            List<HtmlReport.Section> found = new ArrayList<>();
            for (Finding f : r.findings().values()) {
                found.add(section(abstraction, r, f));
            }
            rows.add(new HtmlReport.Row(abstraction + " (L = " + r.maxStatements() + ")", SoundnessReport.verdictLine(r),
                    "SOUND up to " + r.maxStatements(), r.verdict() == SweepVerdict.SOUND,
                    found.stream().findFirst().map(HtmlReport.Section::name)));
            sections.addAll(found);
        }
        return HtmlReport.page("soundness sweep", rows, sections);
    }

    private static HtmlReport.Section section(String abstraction, SweepResult r, Finding f) {
        SweptProgram p = f.program();
        String holes = r.holes().entrySet().stream().filter(e -> e.getValue().program().equals(p)
                        && e.getValue().obligation() == f.obligation()).map(Map.Entry::getKey).map(Hole::name)
                .collect(Collectors.joining(", "));
        String headline = "Breaks " + f.obligation().name() + " (" + f.obligation().statement() + "): program "
                + p.name() + ", " + p.statements() + (p.statements() == 1 ? " statement" : " statements")
                + ", smallest L " + f.minimalL() + (holes.isEmpty() ? "" : "; SPEC §7 hole " + holes)
                + (f.message().isEmpty() ? "" : ". The model's message: " + f.message());
        ScenarioSource source = new ScenarioSource(p.name() + " (Rust, abstraction " + abstraction + ")",
                RustPrinter.render(p.abstraction(), p.driver()), ScenarioSource.Numbering.STATEMENT_MARKERS);
        return new HtmlReport.Section(abstraction + " " + f.obligation().name(), headline, List.of(f.violation()), 0,
                Optional.empty(), Optional.of(source));
    }
}
