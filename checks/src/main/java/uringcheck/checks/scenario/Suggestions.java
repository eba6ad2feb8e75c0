package uringcheck.checks.scenario;

import java.util.Collection;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints for misspelt names, by edit distance. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Suggestions() {
    }

    /**
     * {@code " (did you mean 'x'?)"} for the closest candidate within edit distance 3 (the first in
     * {@code candidates} order on a tie), or the empty string when none is close.
     */
    static String didYouMean(String found, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = DISTANCE.apply(found.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance && d <= Math.max(1, c.length() / 2)) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** {@code a, b, c} for an error message. */
    static String list(Collection<String> names) {
        return String.join(", ", names);
    }
}
