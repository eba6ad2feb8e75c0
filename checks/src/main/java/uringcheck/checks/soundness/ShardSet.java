package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import uringcheck.checks.explore.UsageException;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * The checks that make a set of shard results one sweep: each of the shards {@code 0..N-1} of one
 * sharding exactly once, and all of the same abstraction, bound L, state limit and enumeration.
 * Failures are {@link UsageException}s naming what does not fit.
 */
public final class ShardSet {

    private ShardSet() {
    }

    /** Requires {@code shards} to be every shard of one sweep, exactly once. */
    public static void requireComplete(List<ShardResult> shards) {
        if (shards.isEmpty()) {
            throw new UsageException("no shard results to merge: give every shard's JSON file");
        }
        ShardResult first = shards.get(0);
        String sweep = first.abstraction().name().toLowerCase(Locale.ROOT) + " L=" + first.maxStatements();
        TreeSet<Integer> seen = new TreeSet<>();
        for (ShardResult s : shards) {
            if (s.abstraction() != first.abstraction() || s.maxStatements() != first.maxStatements()) {
                throw new UsageException("shards of different sweeps: " + sweep + " and "
                        + s.abstraction().name().toLowerCase(Locale.ROOT) + " L=" + s.maxStatements()
                        + "; merge the shards of one sweep command");
            }
            if (s.maxStates() != first.maxStates()) {
                throw new UsageException(sweep + ": shards ran with different --max-states (" + first.maxStates()
                        + " and " + s.maxStates() + "); run every shard with the same options");
            }
            if (s.shard().count() != first.shard().count()) {
                throw new UsageException(sweep + ": shards of different shardings (" + first.shard() + " and "
                        + s.shard() + "); run every shard with the same N");
            }
            if (!s.digest().equals(first.digest()) || s.programs() != first.programs()
                    || s.candidates() != first.candidates()) {
                throw new UsageException(sweep + ": shards " + first.shard() + " and " + s.shard()
                        + " enumerate different programs (different builds); run every shard with one build");
            }
            if (!seen.add(s.shard().index())) {
                throw new UsageException(sweep + ": shard " + s.shard() + " given twice");
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < first.shard().count(); k++) {
            if (!seen.contains(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException(sweep + ": shard" + (missing.size() == 1 ? " " : "s ")
                    + missing.stream().map(k -> k + "/" + first.shard().count()).toList()
                    .toString().replaceAll("[\\[\\]]", "") + " missing; give every shard's JSON file");
        }
    }

    /**
     * The shard results of several files grouped per sweep, in the order of the first file: every file
     * must hold the same sweeps (abstractions and bound) in the same order.
     */
    public static Map<Abstraction, List<ShardResult>> bySweep(List<List<ShardResult>> files, List<String> names) {
        Map<Abstraction, List<ShardResult>> out = new LinkedHashMap<>();
        List<Abstraction> order = files.get(0).stream().map(ShardResult::abstraction).toList();
        for (int f = 0; f < files.size(); f++) {
            List<Abstraction> here = files.get(f).stream().map(ShardResult::abstraction).toList();
            if (!here.equals(order)) {
                throw new UsageException(names.get(f) + " sweeps " + words(here) + " but " + names.get(0) + " sweeps "
                        + words(order) + "; merge the shards of one sweep command");
            }
            for (ShardResult s : files.get(f)) {
                out.computeIfAbsent(s.abstraction(), a -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    private static String words(List<Abstraction> abstractions) {
        return String.join(", ", abstractions.stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
    }
}
