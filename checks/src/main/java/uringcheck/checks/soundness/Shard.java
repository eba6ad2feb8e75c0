package uringcheck.checks.soundness;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uringcheck.checks.explore.UsageException;

/**
 * One slice of a sweep's checked programs, for running a sweep across machines: shard {@code index} of
 * {@code count} checks the checked programs whose position among the checked programs (0-based, in the
 * canonical order) is {@code index} modulo {@code count}. Neighbours in the canonical order cost about
 * the same, so the shards are balanced. The whole sweep is shard 0 of 1.
 *
 * @param index 0-based, below {@code count} (a Kubernetes Indexed Job's JOB_COMPLETION_INDEX, or a
 *              Slurm array job's SLURM_ARRAY_TASK_ID with {@code --array=0-(N-1)})
 * @param count the number of shards, at least 1
 */
public record Shard(int index, int count) {

    /** The whole sweep in one piece. */
    public static final Shard WHOLE = new Shard(0, 1);

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": need 0 <= K < N");
        }
    }

    /** Parses {@code K/N} as given to {@code --shard}; a {@link UsageException} says what is wrong. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (n >= 1 && k < n) {
                return new Shard(k, n);
            }
        }
        throw new UsageException("--shard: '" + text + "' is not K/N with 0 <= K < N; write e.g. --shard 0/4 for"
                + " the first of four shards (K is JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID)");
    }

    /** Whether this shard checks the checked program at position {@code ordinal} among the checked programs. */
    public boolean owns(int ordinal) {
        return ordinal % count == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
