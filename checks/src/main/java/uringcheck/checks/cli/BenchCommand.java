package uringcheck.checks.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uringcheck.checks.bench.BenchRow;
import uringcheck.checks.bench.BenchTable;
import uringcheck.checks.bench.CompletersBench;
import uringcheck.checks.bench.ExplorerRun;
import uringcheck.checks.bench.LifecycleBench;
import uringcheck.checks.bench.PanResult;
import uringcheck.checks.bench.Spin;
import uringcheck.checks.bench.SpinException;
import uringcheck.checks.bench.Workload;
import uringcheck.checks.explore.UsageException;
import uringcheck.model.toy.ClaimVariant;
import uringcheck.model.toy.CompletersState;

/**
 * {@code uringcheck bench}: explores the completers model ({@link uringcheck.model.toy.Completers})
 * for each N with uringcheck's breadth-first explorer and, where {@code spin} and {@code gcc} are
 * installed, with SPIN on {@code bench/completers.pml} without and with partial-order reduction, and
 * prints states, transitions, depth, seconds, states per second, bytes per state, peak and live heap
 * side by side, the time ratio uringcheck / SPIN (no reduction), and whether the state counts match.
 * Then the lifecycle model: each {@link Workload} (catalogue P7, the real driver r80) with each number of
 * commands, with both reductions on one and on all workers, and without each reduction, with the ratios.
 *
 * <p>Exit status: 0 when every verdict is the expected one (claim: holds; racy: violated) and every
 * comparable count matches SPIN's; 1 when a verdict is unexpected or a count differs (the explorer or
 * one of the two models is wrong); 2 on bad usage or when SPIN or gcc fail; 3 when a limit stopped
 * one of uringcheck's searches.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the explorer on the completers model, side by side with SPIN, and on the lifecycle"
                + " model (P7 and a real driver, with and without each reduction, on one and all workers).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--n", split = ",", paramLabel = "N", defaultValue = "8",
            description = "numbers of completers, comma-separated (1 to 12; default ${DEFAULT-VALUE})")
    private List<Integer> sizes = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "claim|racy", defaultValue = "claim",
            description = "claim (compare-and-set, holds) or racy (check-then-act, violates O1); default ${DEFAULT-VALUE}")
    private String variantName;

    @Option(names = "--spin", paramLabel = "auto|off", defaultValue = "auto",
            description = "run SPIN when installed (auto) or never (off); default ${DEFAULT-VALUE}")
    private String spinMode;

    private ClaimVariant variant;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "run every search K times and keep the fastest; default ${DEFAULT-VALUE}")
    private int repeat;

    @Option(names = "--p7", split = ",", paramLabel = "C", defaultValue = "2,3",
            description = "numbers of commands of catalogue P7 to search on one and on all workers (1 to 6;"
                    + " default ${DEFAULT-VALUE}; 4 takes minutes); 0 skips the lifecycle model")
    private List<Integer> p7Commands = new ArrayList<>();

    @Option(names = "--real", split = ",", paramLabel = "C", defaultValue = "3",
            description = "numbers of commands of the real-driver scenario r80 (nvme passthrough) to search like P7"
                    + " (1 to 6; default ${DEFAULT-VALUE}; 2 is the file itself); 0 skips it")
    private List<Integer> realCommands = new ArrayList<>();

    @Option(names = "--reduced-only",
            description = "only the lifecycle rows with both reductions (1 and all workers), for sizes whose"
                    + " searches without a reduction are out of reach (P7 with 5 commands)")
    private boolean reducedOnly;

    @Option(names = "--max-time", paramLabel = "TIME", defaultValue = "1h",
            description = "time budget of each lifecycle search: 500ms, 30s, 10m, 1h (default ${DEFAULT-VALUE}); a"
                    + " search that reaches it prints INCOMPLETE and the command exits 3")
    private String maxTime;

    @Option(names = "--workers", paramLabel = "N",
            description = "the 'all workers' count of the lifecycle rows (default: all cores)")
    private Integer workers;

    @Option(names = "--install-spin",
            description = "if spin is missing, install the Debian package with apt-get (sudo -n unless root)")
    private boolean installSpin;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "keep SPIN's pan.c and verifiers in DIR (default: a temporary directory, deleted after)")
    private Path workDir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompletersBench bench = new CompletersBench(repeat);
        Optional<String> spinVersion = spinMode.equals("off") ? Optional.empty() : findSpin(err);
        out.printf(Locale.ROOT, "uringcheck bench: completers model, variant %s, N = %s, best of %d run%s per search%n",
                variant.name().toLowerCase(Locale.ROOT), String.join(",", sizes.stream().map(String::valueOf).toList()),
                repeat, repeat == 1 ? "" : "s");
        out.printf(Locale.ROOT, "uringcheck: breadth-first search, one thread, Java %s%n",
                System.getProperty("java.version"));
        long memoryLimit = spinMemoryLimitMegabytes();
        out.println("spin: " + spinVersion.map(v -> v + "; " + Spin.gccVersion().orElse("gcc") + "; gcc -O2 -DSAFETY"
                + " -DMEMLIM=" + memoryLimit + " [-DNOREDUCE]; pan -m" + CompletersBench.SPIN_MAX_DEPTH
                + " -w(2^w >= 2 x states, w >= 24)").orElse(spinMissing()));
        out.println();
        out.print(BenchTable.header());
        out.flush();
        int status = Main.OK;
        Path dir = spinVersion.isPresent() ? workDirectory() : null;
        ExplorerRun toy = null;
        try {
            for (int n : sizes) {
                err.printf(Locale.ROOT, "bench: N = %d: uringcheck%n", n);
                err.flush();
                ExplorerRun ours = bench.explore(n, variant);
                if (toy == null) {
                    toy = ours;
                }
                out.print(BenchTable.line(BenchRow.of(n, ours)));
                out.flush();
                status = worse(status, ourStatus(ours, err, n));
                if (dir != null) {
                    status = worse(status, compareWithSpin(bench, new Spin(dir), n, ours, memoryLimit, out, err));
                }
            }
        } catch (SpinException e) {
            err.println("uringcheck bench: " + e.getMessage());
            err.println(e.output());
            err.println("Fix: check that spin and gcc work (spin -V, gcc --version), or run with --spin off.");
            err.flush();
            return Main.BAD_INPUT;
        } finally {
            if (dir != null && workDir == null) {
                delete(dir);
            }
        }
        status = worse(status, lifecycle(out, err, sizes.get(0), toy));
        out.println();
        BenchTable.legend().forEach(out::println);
        out.flush();
        return status;
    }

    /**
     * The lifecycle rows: each workload (P7, then the real driver) with each number of commands; 3 if a
     * limit stopped a search. {@code toy} is the run on {@code completers} completers.
     */
    private int lifecycle(PrintWriter out, PrintWriter err, int completers, ExplorerRun toy) {
        int all = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        LifecycleBench bench = new LifecycleBench(repeat, SearchMixin.duration(maxTime));
        int status = Main.OK;
        for (Map.Entry<Workload, List<Integer>> w : List.of(Map.entry(Workload.P7, p7Commands),
                Map.entry(Workload.REAL_DRIVER, realCommands))) {
            List<Integer> counts = w.getValue().stream().filter(c -> c > 0).toList();
            if (counts.isEmpty()) {
                continue;
            }
            out.println();
            out.printf(Locale.ROOT, "lifecycle model: %s (%s, %s) with C commands, breadth-first, 1 and %d worker%s;"
                    + " C in the N column%n", w.getKey().label(), w.getKey().scenario(), w.getKey().what(), all,
                    all == 1 ? "" : "s");
            out.print(BenchTable.header());
            for (int c : counts) {
                status = worse(status, rows(out, err, bench, w.getKey(), c, all, completers, toy));
            }
        }
        return status;
    }

    /**
     * The rows of {@code workload} with {@code c} commands: both reductions on one worker and on {@code all},
     * then (unless {@code --reduced-only}) one row without each reduction and one without any, each followed
     * by its ratios; 3 if a limit stopped one of them.
     */
    private int rows(PrintWriter out, PrintWriter err, LifecycleBench bench, Workload workload, int c, int all,
                     int completers, ExplorerRun toy) {
        ExplorerRun one = row(out, err, bench, workload, c, 1, true, true);
        if (workload == Workload.P7 && toy != null && variant == ClaimVariant.CLAIM) {
            out.print(BenchTable.toyRatio(c, one, completers, toy));
        }
        boolean exhaustive = one.exhaustive();
        if (all > 1) {
            ExplorerRun many = row(out, err, bench, workload, c, all, true, true);
            out.print(BenchTable.workerRatio(c, all, one, many));
            exhaustive &= many.exhaustive();
        }
        if (!reducedOnly) {
            ExplorerRun symmetryOnly = row(out, err, bench, workload, c, 1, true, false);
            out.print(BenchTable.reductionRatio(c, "partial order", symmetryOnly, one));
            ExplorerRun partialOrderOnly = row(out, err, bench, workload, c, 1, false, true);
            out.print(BenchTable.reductionRatio(c, "symmetry", partialOrderOnly, one));
            ExplorerRun unreduced = row(out, err, bench, workload, c, 1, false, false);
            out.print(BenchTable.reductionRatio(c, "both reductions", unreduced, one));
            exhaustive &= symmetryOnly.exhaustive() && partialOrderOnly.exhaustive() && unreduced.exhaustive();
        }
        out.flush();
        return exhaustive ? Main.OK : Main.LIMIT;
    }

    /** Runs and prints one row: {@code workload} with {@code c} commands on {@code w} workers. */
    private static ExplorerRun row(PrintWriter out, PrintWriter err, LifecycleBench bench, Workload workload, int c,
                                   int w, boolean symmetry, boolean partialOrder) {
        String reductions = symmetry && partialOrder ? "" : symmetry ? " no-por" : partialOrder ? " no-sym"
                : " unreduced";
        err.printf(Locale.ROOT, "bench: %s with %d commands on %d worker%s%s%n", workload.label(), c, w,
                w == 1 ? "" : "s", reductions);
        err.flush();
        ExplorerRun run = bench.explore(workload, c, w, symmetry, partialOrder);
        out.print(BenchTable.line(BenchRow.of(c, "uringcheck w=" + w + reductions, run)));
        out.flush();
        return run;
    }

    /** Runs SPIN without and with reduction, prints both rows and the comparison; 1 if the counts differ. */
    private int compareWithSpin(CompletersBench bench, Spin spin, int n, ExplorerRun ours, long memoryLimit,
                                PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        err.printf(Locale.ROOT, "bench: N = %d: spin, no reduction%n", n);
        err.flush();
        PanResult full = bench.spin(spin, n, variant, false, ours.states(), memoryLimit);
        out.print(BenchTable.line(BenchRow.of(n, "spin, no reduction", full)));
        out.flush();
        err.printf(Locale.ROOT, "bench: N = %d: spin, partial order%n", n);
        err.flush();
        PanResult reduced = bench.spin(spin, n, variant, true, ours.states(), memoryLimit);
        out.print(BenchTable.line(BenchRow.of(n, "spin, partial order", reduced)));
        out.print(BenchTable.comparison(n, ours, full));
        out.flush();
        if (BenchTable.countsMatch(ours, full).filter(same -> !same).isPresent()) {
            err.printf(Locale.ROOT, "bench: N = %d: uringcheck's counts differ from SPIN's: the explorer"
                    + " or one of the two models is wrong%n", n);
            err.flush();
            return Main.VIOLATION;
        }
        return Main.OK;
    }

    private void validate() {
        variant = switch (variantName.toLowerCase(Locale.ROOT)) {
            case "claim" -> ClaimVariant.CLAIM;
            case "racy" -> ClaimVariant.RACY;
            default -> throw new UsageException("--variant " + variantName + ": use claim or racy");
        };
        if (!spinMode.equals("auto") && !spinMode.equals("off")) {
            throw new UsageException("--spin " + spinMode + ": use auto or off");
        }
        if (sizes.isEmpty()) {
            throw new UsageException("--n needs at least one number of completers, e.g. --n 8,9");
        }
        for (int n : sizes) {
            if (n < 1 || n > CompletersState.MAX_COMPLETERS) {
                throw new UsageException("--n " + n + ": the number of completers must be between 1 and "
                        + CompletersState.MAX_COMPLETERS + ", e.g. --n 8,9");
            }
        }
        for (int c : p7Commands) {
            if (c < 0 || c > 6) {
                throw new UsageException("--p7 " + c + ": the number of commands must be between 1 and 6 (0 skips"
                        + " the lifecycle model), e.g. --p7 2,3");
            }
        }
        for (int c : realCommands) {
            if (c < 0 || c > 6) {
                throw new UsageException("--real " + c + ": the number of commands must be between 1 and 6 (0 skips"
                        + " the real driver), e.g. --real 2,3");
            }
        }
        if (workers != null && workers < 1) {
            throw new UsageException("--workers " + workers + ": must be at least 1");
        }
        SearchMixin.duration(maxTime);
        if (repeat < 1) {
            throw new UsageException("--repeat " + repeat + ": must be at least 1");
        }
        if (workDir != null && Files.exists(workDir) && !Files.isDirectory(workDir)) {
            throw new UsageException("--work-dir " + workDir + ": not a directory; name a directory (it is created"
                    + " if missing)");
        }
        if (workDir != null && spinMode.equals("off")) {
            throw new UsageException("--work-dir keeps SPIN's files, and --spin off runs no SPIN: drop one of them");
        }
    }

    private Optional<String> findSpin(PrintWriter err) throws IOException, InterruptedException {
        Optional<String> version = Spin.version();
        if (version.isEmpty() && installSpin) {
            err.println("bench: spin is not installed; installing the Debian package 'spin' with apt-get");
            err.flush();
            PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            if (!Spin.install(log)) {
                err.println("bench: installing spin failed (see apt-get's output above); continuing without it");
            }
            version = Spin.version();
        }
        if (version.isPresent() && Spin.gccVersion().isEmpty()) {
            err.println("bench: gcc is not on the PATH, so SPIN's verifier cannot be compiled; install gcc"
                    + " (apt-get install gcc) to compare with SPIN");
            err.flush();
            return Optional.empty();
        }
        return version;
    }

    private String spinMissing() {
        if (spinMode.equals("off")) {
            return "off (--spin off)";
        }
        return Spin.version().isEmpty()
                ? "not found on the PATH; install it with 'apt-get install spin' (Debian, Ubuntu),"
                        + " or rerun with --install-spin to let uringcheck run apt-get"
                : "not run: gcc is missing";
    }

    private int ourStatus(ExplorerRun run, PrintWriter err, int n) {
        if (!run.exhaustive() && run.verdict().startsWith("INCOMPLETE")) {
            err.printf(Locale.ROOT, "bench: N = %d: a limit stopped uringcheck's search: %s%n", n, run.verdict());
            return Main.LIMIT;
        }
        String expected = variant == ClaimVariant.CLAIM ? "HOLDS" : "VIOLATED";
        if (!run.verdict().startsWith(expected)) {
            err.printf(Locale.ROOT, "bench: N = %d: expected %s for the %s variant, got %s%n", n, expected,
                    variant.name().toLowerCase(Locale.ROOT), run.verdict());
            return Main.VIOLATION;
        }
        return Main.OK;
    }

    /** Combines exit statuses: a wrong result (1) outranks a limit (3). */
    private static int worse(int a, int b) {
        if (a == Main.VIOLATION || b == Main.VIOLATION) {
            return Main.VIOLATION;
        }
        return Math.max(a, b);
    }

    private Path workDirectory() throws IOException {
        if (workDir != null) {
            try {
                return Files.createDirectories(workDir);
            } catch (IOException e) {
                throw new UsageException("--work-dir " + workDir + ": cannot create it (" + e.getMessage()
                        + "); name a directory you can write to");
            }
        }
        return Files.createTempDirectory("uringcheck-bench-");
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's work directory " + dir, e);
        }
    }

    /** Three quarters of the machine's memory, in megabytes, for pan's -DMEMLIM. */
    private static long spinMemoryLimitMegabytes() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long total = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 4L << 30;
        return Math.max(1024, total / 4 * 3 >> 20);
    }
}
