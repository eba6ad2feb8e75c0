package uringcheck.checks.soundness;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.Interrupt;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.UsageException;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.model.Explanation;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.Hole;

/**
 * The soundness sweep: every program of {@link ProgramEnumerator} is checked breadth-first and
 * exhaustively in {@link SweepVocabulary#environment()}; for each obligation broken, and for each
 * SPEC §7 hole shown, the first program in canonical order (fewest statements) is kept with its
 * shortest trace.
 *
 * <p>Entry points: {@link #run} (the whole sweep), or, to spread a sweep over processes or machines,
 * {@link #check} per {@link Shard} and {@link #assemble} of the shards' results, which gives the same
 * {@link SweepResult} as {@link #run}. Programs are checked on {@code workers} threads, one program
 * per thread at a time; the result does not depend on the worker count or on the sharding, since
 * outcomes are assembled in program order and the programs kept as findings are searched again (the
 * search is deterministic). Properties named with a {@code ?} (reachability twins) are not
 * obligations and are not counted.
 */
public final class Sweep {

    private final Limits limits;
    private final int workers;
    private final Listener progress;

    /** Told after each program checked how far the sweep is (for a progress display; times vary). */
    @FunctionalInterface
    public interface Listener {
        /** Program {@code done} of {@code total} was checked; the sweep has stored {@code states} states so far. */
        void checked(int done, int total, long states, long elapsedNanos);
    }

    /**
     * A sweep whose per-program searches obey {@code limits}, on {@code workers} threads; {@code progress}
     * is told after each program (from the worker that checked it, one call at a time).
     */
    public Sweep(Limits limits, int workers, Listener progress) {
        if (workers < 1) {
            throw new IllegalArgumentException("a sweep needs at least one worker, got " + workers);
        }
        this.limits = limits;
        this.workers = workers;
        this.progress = progress;
    }

    /** A sweep on one thread. */
    public Sweep(Limits limits, Listener progress) {
        this(limits, 1, progress);
    }

    /**
     * The programs of one sweep, enumerated once: {@link #run} checks and assembles from the same list
     * (enumerating runs on one thread, before any worker starts).
     */
    private record Enumeration(int candidates, List<SweptProgram> programs, String digest) {

        static Enumeration of(SweepVocabulary vocabulary, int maxStatements) {
            ProgramEnumerator enumerator = new ProgramEnumerator(vocabulary, maxStatements);
            List<SweptProgram> programs = enumerator.programs();
            return new Enumeration(enumerator.candidates(), programs, Sweep.digest(programs));
        }
    }

    /** Sweeps {@code vocabulary} up to {@code maxStatements} statements per handler. */
    public SweepResult run(SweepVocabulary vocabulary, int maxStatements) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Enumeration all = Enumeration.of(vocabulary, maxStatements);
        ShardResult whole = check(vocabulary, maxStatements, Shard.WHOLE, all, start, cpuStart);
        return assemble(vocabulary, all, List.of(whole));
    }

    /** Checks the programs of {@code shard} of the sweep of {@code vocabulary} up to {@code maxStatements}. */
    public ShardResult check(SweepVocabulary vocabulary, int maxStatements, Shard shard) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        return check(vocabulary, maxStatements, shard, Enumeration.of(vocabulary, maxStatements), start, cpuStart);
    }

    private ShardResult check(SweepVocabulary vocabulary, int maxStatements, Shard shard, Enumeration all,
                              long start, long cpuStart) {
        List<SweptProgram> programs = all.programs();
        List<SweptProgram> mine = new ArrayList<>();
        int ordinal = 0;
        for (SweptProgram p : programs) {
            if (p.checked() && shard.owns(ordinal++)) {
                mine.add(p);
            }
        }
        ProgramOutcome[] outcomes = new ProgramOutcome[mine.size()];
        AtomicInteger cursor = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong states = new AtomicLong();
        Runnable task = () -> {
            int k;
            while (!Interrupt.requested() && (k = cursor.getAndIncrement()) < outcomes.length) {
                outcomes[k] = outcome(mine.get(k));
                long total = states.addAndGet(outcomes[k].states());
                synchronized (progress) {
                    progress.checked(done.incrementAndGet(), outcomes.length, total, System.nanoTime() - start);
                }
            }
        };
        runOnWorkers(task);
        List<ProgramOutcome> checked = new ArrayList<>();
        for (ProgramOutcome o : outcomes) {
            if (o != null) {
                checked.add(o);
            }
        }
        return new ShardResult(vocabulary.abstraction(), maxStatements, limits.maxStates(), shard,
                all.candidates(), programs.size(), all.digest(), checked, checked.size() < outcomes.length,
                System.nanoTime() - start, processCpuNanos() - cpuStart);
    }

    private void runOnWorkers(Runnable task) {
        if (workers == 1) {
            task.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "uringcheck-sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                running.add(pool.submit(task));
            }
            task.run();
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Searches program {@code p} and keeps what the report needs. */
    private ProgramOutcome outcome(SweptProgram p) {
        LifecycleModel model = model(p);
        CheckResult result = search(model);
        Optional<String> cut = result.verdict() == Verdict.INCOMPLETE || !result.exhaustive()
                ? Optional.of(result.limitReached().orElse("not exhaustive")) : Optional.empty();
        List<ProgramOutcome.Breach> breaches = new ArrayList<>();
        for (Violation v : result.violations()) {
            Optional<Obligation> o = v.property().asObligation();
            if (o.isEmpty()) {
                continue;
            }
            breaches.add(new ProgramOutcome.Breach(o.get(), hole(v)));
        }
        return new ProgramOutcome(p.number(), result.stats().states(), result.stats().transitions(), cut, breaches);
    }

    private CheckResult search(LifecycleModel model) {
        return Explorer.check(model, SearchOptions.bfs().withLimits(limits));
    }

    /**
     * The result of the sweep of {@code vocabulary} whose shards are {@code shards}: every shard of one
     * sharding exactly once, all of the same abstraction, bound, state limit and enumeration (a
     * {@link UsageException} says what does not fit). The programs kept as findings are searched again
     * here, with this sweep's limits.
     */
    public SweepResult assemble(SweepVocabulary vocabulary, List<ShardResult> shards) {
        return assemble(vocabulary, Enumeration.of(vocabulary, shards.get(0).maxStatements()), shards);
    }

    private SweepResult assemble(SweepVocabulary vocabulary, Enumeration all, List<ShardResult> shards) {
        ShardResult first = shards.get(0);
        int maxStatements = first.maxStatements();
        ShardSet.requireComplete(shards);
        List<SweptProgram> programs = all.programs();
        if (!all.digest().equals(first.digest()) || vocabulary.abstraction() != first.abstraction()) {
            throw new UsageException("the shards of " + first.abstraction().name().toLowerCase(Locale.ROOT)
                    + " L=" + maxStatements + " enumerate other programs than this build does: merge with the"
                    + " build that ran the shards");
        }
        List<ProgramOutcome> outcomes = new ArrayList<>();
        long elapsed = 0;
        boolean interrupted = false;
        for (ShardResult s : shards) {
            outcomes.addAll(s.outcomes());
            elapsed += s.elapsedNanos();
            interrupted |= s.interrupted();
        }
        outcomes.sort(Comparator.comparingInt(ProgramOutcome::number));
        Map<Obligation, Integer> findingAt = new EnumMap<>(Obligation.class);
        Map<Obligation, Integer> minimalL = new EnumMap<>(Obligation.class);
        Map<Hole, Integer> holeAt = new EnumMap<>(Hole.class);
        Map<Hole, Integer> holeMinimalL = new EnumMap<>(Hole.class);
        List<String> incomplete = new ArrayList<>();
        long states = 0;
        long transitions = 0;
        for (ProgramOutcome outcome : outcomes) {
            SweptProgram p = programs.get(outcome.number() - 1);
            states += outcome.states();
            transitions += outcome.transitions();
            outcome.limitReached().ifPresent(why -> incomplete.add(p.name() + " (" + why + ")"));
            for (ProgramOutcome.Breach b : outcome.breaches()) {
                note(findingAt, minimalL, b.obligation(), p);
                b.hole().ifPresent(h -> note(holeAt, holeMinimalL, h, p));
            }
        }
        if (interrupted) {
            incomplete.add(Interrupt.LIMIT + " after " + outcomes.size() + " checked programs");
        }
        Map<Obligation, Finding> findings = new EnumMap<>(Obligation.class);
        Map<Hole, Finding> holes = new EnumMap<>(Hole.class);
        if (interrupted) {
            // The searches that would rebuild the findings' traces stop on the interrupt too.
            findingAt.clear();
            holeAt.clear();
        }
        findingAt.forEach((o, number) -> findings.put(o, finding(programs.get(number - 1), minimalL.get(o),
                v -> v.property().asObligation().equals(Optional.of(o)))));
        holeAt.forEach((h, number) -> holes.put(h, finding(programs.get(number - 1), holeMinimalL.get(h),
                v -> hole(v).equals(Optional.of(h)))));
        int checked = outcomes.size();
        return new SweepResult(vocabulary.abstraction(), maxStatements, all.candidates(), programs.size(),
                programs.size() - checked, checked, states, transitions, incomplete, findings, holes, elapsed,
                vocabulary.language());
    }

    /** Keeps the first program (in program order) with {@code key}, and the smallest L showing it. */
    private static <K> void note(Map<K, Integer> at, Map<K, Integer> minimalL, K key, SweptProgram p) {
        at.putIfAbsent(key, p.number());
        minimalL.merge(key, p.longestHandler(), Math::min);
    }

    /** Searches {@code p} again and keeps its first violation of an obligation that {@code match}es. */
    private Finding finding(SweptProgram p, int minimalL, Predicate<Violation> match) {
        for (Violation v : search(model(p)).violations()) {
            Optional<Obligation> o = v.property().asObligation();
            if (o.isPresent() && match.test(v)) {
                return new Finding(o.get(), p, v, message(v), minimalL);
            }
        }
        throw new IllegalStateException(p.name() + " no longer shows what its first search found");
    }

    /** The model's message for the breach {@code v} shows (empty if none is recorded). */
    private static String message(Violation v) {
        return v.trace().explanation().map(Explanation::message).orElse("");
    }

    /** The SPEC §7 hole the cause of the breach {@code v} shows, if any. */
    private static Optional<Hole> hole(Violation v) {
        return v.trace().explanation().map(Explanation::cause).filter(Cause.class::isInstance)
                .map(Cause.class::cast).flatMap(Cause::hole);
    }

    /** The lifecycle model of {@code p} in the sweep's environment. */
    public static LifecycleModel model(SweptProgram p) {
        return new LifecycleModel(p.name(), p.abstraction(), p.driver(), SweepVocabulary.environment());
    }

    /** A digest of the programs' keys and representatives, in order (SHA-256, hex). */
    static String digest(List<SweptProgram> programs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SweptProgram p : programs) {
                sha.update((p.number() + " " + p.key() + " " + p.representative() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** CPU time of this process, all threads (JIT and GC included), in nanoseconds. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
