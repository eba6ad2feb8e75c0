package uringcheck.checks.soundness;

import java.util.List;

import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * The outcomes of one shard of one sweep ({@link Sweep#check}), with what identifies the sweep, so that
 * {@link Sweep#assemble} can refuse to merge shards of different sweeps or builds.
 *
 * @param abstraction   the abstraction swept
 * @param maxStatements the bound L
 * @param maxStates     the state limit of each program's search
 * @param shard         which slice of the checked programs
 * @param candidates    programs assembled ({@link ProgramEnumerator#candidates()})
 * @param programs      programs that compile
 * @param digest        a digest of every program's key and representative, in order: equal digests mean
 *                      the same enumeration and pruning (the same build of the vocabulary)
 * @param outcomes      the outcome of every checked program this shard owns, in program order
 * @param interrupted   whether an interrupt stopped the shard before every program it owns was checked
 * @param elapsedNanos  wall-clock time of this shard
 * @param cpuNanos      CPU time of the process during this shard (all threads)
 */
public record ShardResult(Abstraction abstraction, int maxStatements, long maxStates, Shard shard, int candidates,
                          int programs, String digest, List<ProgramOutcome> outcomes, boolean interrupted,
                          long elapsedNanos,
                          long cpuNanos) {

    public ShardResult {
        outcomes = List.copyOf(outcomes);
    }
}
