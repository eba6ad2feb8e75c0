package uringcheck.checks.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.UsageException;
import uringcheck.checks.obligations.DischargeTable;
import uringcheck.checks.obligations.Doc;
import uringcheck.checks.obligations.HtmlWriter;
import uringcheck.checks.obligations.MailedPatch;
import uringcheck.checks.obligations.MarkdownWriter;
import uringcheck.checks.obligations.ObligationDocument;
import uringcheck.checks.obligations.PatchAudit;
import uringcheck.checks.obligations.UnsafeMap;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.checks.soundness.Sweep;
import uringcheck.checks.soundness.SweepResult;
import uringcheck.checks.soundness.SweepVerdict;
import uringcheck.checks.soundness.SweepVocabulary;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.LifecycleObligations;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * {@code uringcheck obligations}: the proof obligations O1-O15 (SPEC §6) with their sources, whether the
 * lifecycle model checks each one ({@link LifecycleObligations#outOfScope()} says why not), and which
 * catalogue targets are expected to violate it. With {@code --abstraction A} (and {@code --format md|html})
 * it writes the proof-obligation document of A ({@link ObligationDocument}); with {@code --patch FILE} the
 * audit of a mailed patch's unsafe sites ({@link PatchAudit}).
 */
@Command(name = "obligations", mixinStandardHelpOptions = true,
        description = {"List the proof obligations, whether each is checked, and the catalogue targets that violate it.",
            "With --abstraction: the proof-obligation document (who discharges each obligation, and the checker's"
                    + " status: proved up to a bound, violated with the shortest witness, or out of scope).",
            "With --patch: every unsafe site and SAFETY comment of a mailed Rust patch, mapped to the obligations"
                    + " it relies on; exit 1 if a site is unaudited (not in the reviewed map)."})
public final class ObligationsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print JSON instead of text (the list, not the document)")
    private boolean json;

    @Option(names = {"-a", "--abstraction"}, paramLabel = "seed|v5|fixed|c",
            description = "write the proof-obligation document of this abstraction")
    private String abstraction;

    @Option(names = "--format", paramLabel = "md|html",
            description = "format of the document or the patch audit (default md); html is one self-contained page")
    private String format;

    @Option(names = {"-L", "--max-statements"}, paramLabel = "L",
            description = "the soundness sweep's bound for the document (default 3 for seed and fixed, 2 for v5:"
                    + " a few seconds each); at most " + SoundnessCommand.MAX_STATEMENTS)
    private Integer maxStatements;

    @Option(names = "--patch", paramLabel = "FILE", description = "audit the unsafe sites of a Rust patch as mailed")
    private Path patch;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the document to FILE instead of stdout")
    private Path output;

    @Override
    public Integer call() {
        if (patch != null || abstraction != null || format != null || maxStatements != null || output != null) {
            return document();
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<Obligation, String> outOfScope = LifecycleObligations.outOfScope();
        ArrayNode array = JsonReport.array();
        for (Obligation o : Obligation.values()) {
            List<String> violatedBy = violatedBy(o);
            String reason = outOfScope.get(o);
            if (json) {
                ObjectNode node = array.addObject();
                node.put("id", o.name());
                node.put("statement", o.statement());
                node.put("source", o.source());
                node.put("checked", reason == null);
                node.put("notCheckedBecause", reason);
                ArrayNode by = node.putArray("violatedBy");
                violatedBy.forEach(by::add);
                continue;
            }
            out.printf(Locale.ROOT, "%-4s %s%n     source: %s%n", o.name(), o.statement(), o.source());
            if (reason != null) {
                out.printf(Locale.ROOT, "     not checked: %s%n", reason);
            } else {
                out.printf(Locale.ROOT, "     checked; violated in the catalogue by: %s%n",
                        violatedBy.isEmpty() ? "(none)" : String.join(", ", violatedBy));
            }
        }
        if (json) {
            out.println(JsonReport.write(array));
        }
        out.flush();
        return Main.OK;
    }

    private int document() {
        if (json) {
            throw new UsageException("--json lists the obligations; it does not combine with --abstraction,"
                    + " --patch or --format (use --format md or html)");
        }
        boolean html = switch (format == null ? "md" : format.toLowerCase(Locale.ROOT)) {
            case "md" -> false;
            case "html" -> true;
            default -> throw new UsageException("--format must be md or html, not '" + format + "'");
        };
        if (patch != null) {
            if (abstraction != null || maxStatements != null) {
                throw new UsageException("--patch audits a patch; give --abstraction in a separate run");
            }
            String text;
            try {
                text = TextInput.read(patch, "patch", "--patch takes a Rust patch as mailed, e.g. git format-patch"
                        + " output");
            } catch (TextInput.UnreadableException e) {
                throw new UsageException(patch + ": " + e.getMessage());
            }
            PatchAudit audit = PatchAudit.of(MailedPatch.parse(patch.toString(), text), UnsafeMap.shipped());
            write(audit.render(), html);
            return audit.unaudited().isEmpty() ? Main.OK : Main.VIOLATION;
        }
        if (abstraction == null) {
            throw new UsageException("the document needs --abstraction seed, v5, fixed or c");
        }
        Abstraction a = switch (abstraction.toLowerCase(Locale.ROOT)) {
            case "seed" -> Abstraction.SEED;
            case "v5" -> Abstraction.V5;
            case "fixed" -> Abstraction.FIXED;
            case "c" -> Abstraction.C;
            default -> throw new UsageException("--abstraction must be seed, v5, fixed or c, not '"
                    + abstraction + "'");
        };
        DischargeTable table = DischargeTable.shipped();
        if (a == Abstraction.C) {
            if (maxStatements != null) {
                throw new UsageException("--max-statements bounds the soundness sweep, which does not"
                        + " apply to c (the C API has no types to prove anything about)");
            }
            write(ObligationDocument.render(a, null, ObligationDocument.statuses(ScenarioCatalogue.load()), table), html);
            return Main.OK;
        }
        int bound = maxStatements == null ? ObligationDocument.defaultBound(a) : maxStatements;
        SoundnessCommand.checkBound(bound);
        SweepResult sweep = new Sweep(Limits.defaults(), (done, total, states, elapsed) -> { }).run(SweepVocabulary.of(a), bound);
        write(ObligationDocument.render(a, sweep, ObligationDocument.statuses(sweep, table), table), html);
        return sweep.verdict() == SweepVerdict.INCOMPLETE ? Main.LIMIT : Main.OK;
    }

    private void write(Doc doc, boolean html) {
        String text = html ? HtmlWriter.render(doc) : MarkdownWriter.render(doc);
        if (output != null) {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write " + output + " (" + e.getMessage()
                        + "): give a writable file with -o, or leave -o out to print it");
            }
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    private List<String> violatedBy(Obligation o) {
        List<String> names = new ArrayList<>();
        for (CheckTarget t : main.catalogue().targets()) {
            if (t.expected().properties().contains(PropertyId.of(o))) {
                names.add(t.name());
            }
        }
        return names;
    }
}
