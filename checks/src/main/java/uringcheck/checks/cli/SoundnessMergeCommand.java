package uringcheck.checks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import uringcheck.checks.soundness.ShardFile;
import uringcheck.checks.soundness.ShardResult;
import uringcheck.checks.soundness.ShardSet;
import uringcheck.checks.soundness.SweepResult;
import uringcheck.checks.soundness.SweepVocabulary;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * {@code uringcheck soundness merge FILES...}: the report of a sweep run as shards
 * ({@code soundness --shard K/N -o FILE}), byte for byte the report of one run (but for the time line,
 * which sums the shards' times). Every shard of one sharding must be given exactly once; shards of
 * other abstractions, bounds, state limits or builds are refused with exit status 2.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the JSON results of 'soundness --shard K/N' into the report of one sweep.")
public final class SoundnessMergeCommand implements Callable<Integer> {

    @ParentCommand
    private SoundnessCommand parent;

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "every shard's JSON file")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "text|md|json", defaultValue = "text",
            description = "text (default), md, or json")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    private Path output;

    @Override
    public Integer call() {
        List<List<ShardResult>> read = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            read.add(ShardFile.read(f));
            names.add(f.toString());
        }
        List<SweepResult> results = new ArrayList<>();
        List<Long> cpuNanos = new ArrayList<>();
        for (Map.Entry<Abstraction, List<ShardResult>> e : ShardSet.bySweep(read, names).entrySet()) {
            List<ShardResult> shards = e.getValue();
            ShardSet.requireComplete(shards);
            results.add(SoundnessCommand.sweep(shards.get(0).maxStates(), 1, Optional.empty())
                    .assemble(SweepVocabulary.of(e.getKey()), shards));
            cpuNanos.add(shards.stream().mapToLong(ShardResult::cpuNanos).sum());
        }
        return parent.report(results, cpuNanos, SoundnessCommand.format(format), output);
    }
}
