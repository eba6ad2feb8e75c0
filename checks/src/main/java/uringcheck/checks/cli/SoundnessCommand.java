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
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.UsageException;
import uringcheck.checks.report.HtmlReport;
import uringcheck.checks.report.ProgressLine;
import uringcheck.checks.report.SoundnessHtml;
import uringcheck.checks.soundness.Shard;
import uringcheck.checks.soundness.ShardFile;
import uringcheck.checks.soundness.ShardResult;
import uringcheck.checks.soundness.SoundnessReport;
import uringcheck.checks.soundness.Sweep;
import uringcheck.checks.soundness.SweepResult;
import uringcheck.checks.soundness.SweepVerdict;
import uringcheck.checks.soundness.SweepVocabulary;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * {@code uringcheck soundness [--abstraction A]... --max-statements L [--format text|md|json]}: enumerates
 * every driver program the abstraction's safe API can express up to L statements per handler and checks
 * each exhaustively (docs/soundness.md). Exit status 0 when every abstraction swept is sound up to L,
 * 1 when one has a hole, 3 when a limit cut a program's search short and no hole was found.
 */
@Command(name = "soundness", mixinStandardHelpOptions = true, subcommands = SoundnessMergeCommand.class,
        description = "Sweep every small driver program of a Rust abstraction and report its holes (or a bounded"
                + " proof that it has none).")
public final class SoundnessCommand implements Callable<Integer> {

    /**
     * The largest bound accepted: the largest measured (docs/soundness.md §5: fixed at L = 8 enumerates 346,137
     * programs in about 6 minutes on two cores; each step of L multiplies the programs by 2 to 10, so L = 9
     * is unmeasured).
     */
    static final int MAX_STATEMENTS = 8;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-a", "--abstraction"}, paramLabel = "seed|v5|fixed",
            description = "abstraction to sweep (repeatable; default: seed, v5 and fixed)")
    private List<String> abstractions = new ArrayList<>();

    @Option(names = {"-L", "--max-statements"}, paramLabel = "L", defaultValue = "3",
            description = "most statements per handler (default 3, at most " + MAX_STATEMENTS + ")")
    private int maxStatements;

    @Option(names = "--format", paramLabel = "text|md|json", defaultValue = "text",
            description = "text (default), md (a report to paste into a reply), or json")
    private String format;

    @Option(names = "--max-states", paramLabel = "N", defaultValue = "2000000",
            description = "most distinct states per program's search (default 2000000); a program that hits it"
                    + " makes the verdict INCOMPLETE")
    private long maxStates;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    private Path output;

    @Mixin
    private ProgressOptions progress;

    @Option(names = "--html", paramLabel = "DIR", description = "also write the swim-lane HTML report of every"
            + " obligation broken to DIR/" + HtmlReport.FILE_NAME)
    private Path html;

    @Option(names = "--workers", paramLabel = "N",
            description = "programs checked at once (default: all cores); the report is the same for every N")
    private Integer workers;

    @Option(names = "--vocabulary", paramLabel = "base|driver", defaultValue = "base",
            description = "the statements enumerated: base (default; docs/soundness.md §2) or driver (base plus flag"
                    + " tests and a walk over every tag's handle)")
    private String vocabulary;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "check only shard K (0 <= K < N) of the programs and write the result as JSON, for"
                    + " 'soundness merge' (e.g. K from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID)")
    private String shard;

    @Override
    public Integer call() {
        SoundnessReport.Format f = format(format);
        checkBound(maxStatements);
        if (maxStates < 1) {
            throw new UsageException("--max-states must be positive, got " + maxStates);
        }
        if (workers != null && workers < 1) {
            throw new UsageException("--workers must be at least 1, not " + workers);
        }
        SweepVocabulary.Language language = language(vocabulary);
        if (shard != null && language != SweepVocabulary.Language.BASE) {
            throw new UsageException("--shard is for the base vocabulary ('soundness merge' re-enumerates it): run"
                    + " --vocabulary " + vocabulary + " in one process, with --workers N");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<ProgressLine> line = progress.line(err);
        Sweep sweep = sweep(maxStates, workers == null ? Runtime.getRuntime().availableProcessors() : workers, line);
        if (shard != null) {
            Shard slice = Shard.parse(shard);
            List<ShardResult> parts = new ArrayList<>();
            for (Abstraction a : selected()) {
                line.ifPresent(l -> l.label(a.name().toLowerCase(Locale.ROOT) + " L=" + maxStatements
                        + " shard " + slice));
                parts.add(sweep.check(SweepVocabulary.of(a), maxStatements, slice));
            }
            line.ifPresent(ProgressLine::finish);
            print(ShardFile.write(parts), output);
            return Main.OK;
        }
        List<SweepResult> results = new ArrayList<>();
        List<Long> cpuNanos = new ArrayList<>();
        for (Abstraction a : selected()) {
            line.ifPresent(l -> l.label(a.name().toLowerCase(Locale.ROOT) + " L=" + maxStatements));
            long before = Sweep.processCpuNanos();
            results.add(sweep.run(SweepVocabulary.of(a, language), maxStatements));
            cpuNanos.add(Sweep.processCpuNanos() - before);
        }
        line.ifPresent(ProgressLine::finish);
        return report(results, cpuNanos, f, output);
    }

    /** The sweep of these options on {@code workerCount} threads, telling {@code line} how far it is. */
    static Sweep sweep(long states, int workerCount, Optional<ProgressLine> line) {
        return new Sweep(Limits.defaults().withMaxStates(states), workerCount,
                (done, total, stored, nanos) -> line.ifPresent(l -> l.sweep(done, total, stored, nanos)));
    }

    static SweepVocabulary.Language language(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "base" -> SweepVocabulary.Language.BASE;
            case "driver" -> SweepVocabulary.Language.DRIVER;
            default -> throw new UsageException("--vocabulary must be base or driver, not '" + name + "'");
        };
    }

    static SoundnessReport.Format format(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> SoundnessReport.Format.TEXT;
            case "md" -> SoundnessReport.Format.MD;
            case "json" -> SoundnessReport.Format.JSON;
            default -> throw new UsageException("--format must be text, md or json, not '" + name + "'");
        };
    }

    /** Writes the HTML page if asked, prints the report of {@code results}, returns the exit status it implies. */
    int report(List<SweepResult> results, List<Long> cpuNanos, SoundnessReport.Format f, Path file) {
        if (html != null) {
            ReportOptions.write(html.resolve(HtmlReport.FILE_NAME), SoundnessHtml.render(results), "--html");
        }
        print(SoundnessReport.render(results, cpuNanos, f), file);
        boolean unsound = results.stream().anyMatch(r -> r.verdict() == SweepVerdict.UNSOUND);
        boolean incomplete = results.stream().anyMatch(r -> r.verdict() == SweepVerdict.INCOMPLETE);
        return unsound ? Main.VIOLATION : incomplete ? Main.LIMIT : Main.OK;
    }

    private void print(String text, Path file) {
        if (file != null) {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write the report to " + file + " (" + e.getMessage()
                        + "): give a writable file with -o, or leave -o out to print it");
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
    }

    /** Refuses a bound outside 1..{@value #MAX_STATEMENTS}, saying why. */
    static void checkBound(int maxStatements) {
        if (maxStatements < 1) {
            throw new UsageException("--max-statements must be at least 1, got " + maxStatements);
        }
        if (maxStatements > MAX_STATEMENTS) {
            throw new UsageException("--max-statements " + maxStatements + " is above " + MAX_STATEMENTS
                    + ", the largest bound measured: fixed at L = 8 enumerates 346,137 programs (about 6 minutes on two"
                    + " cores), and each step of L multiplies the programs by 2 to 10 (docs/soundness.md §5); give at most "
                    + MAX_STATEMENTS);
        }
    }

    private List<Abstraction> selected() {
        Map<String, Abstraction> sweepable = SweepVocabulary.sweepable();
        if (abstractions.isEmpty()) {
            return List.copyOf(sweepable.values());
        }
        List<Abstraction> out = new ArrayList<>();
        for (String name : abstractions) {
            Abstraction a = sweepable.get(name.toLowerCase(Locale.ROOT));
            if (a == null) {
                List<String> words = new ArrayList<>(sweepable.keySet());
                String last = words.remove(words.size() - 1);
                throw new UsageException("--abstraction must be " + String.join(", ", words) + " or " + last
                        + ", not '" + name + "' (the C API has no types to prove anything about)");
            }
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }
}
