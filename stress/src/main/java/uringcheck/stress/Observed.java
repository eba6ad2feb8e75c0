package uringcheck.stress;

import java.util.List;
import java.util.StringJoiner;
import uringcheck.model.Obligation;
import uringcheck.model.concurrent.Cqe;
import uringcheck.model.concurrent.LifecycleViolation;

/**
 * How the tests spell what they observed, so outcome tables read in SPEC's vocabulary: the CQEs a
 * submission got ({@code 0}, {@code -125}, {@code 0&-125}, {@code none}) and the calls the runtime
 * refused ({@code kworker:O3+O1+O9}: the party that made the call, then the obligations the refused
 * call would have broken, primary first). {@link #NOTHING} stands for "no call was refused".
 */
final class Observed {
    /** No call was refused. */
    static final String NOTHING = "-";

    private Observed() {
    }

    /** {@code site:O1+O9}: the party whose call was refused and the obligations it would have broken. */
    static String refused(String site, LifecycleViolation violation) {
        StringJoiner out = new StringJoiner("+", site + ":", "");
        for (Obligation obligation : violation.obligations()) {
            out.add(obligation.name());
        }
        return out.toString();
    }

    /** The refusals in the order given, space-separated, skipping {@code null}s; {@link #NOTHING} if none. */
    static String refusals(String... refusals) {
        StringJoiner out = new StringJoiner(" ");
        for (String refusal : refusals) {
            if (refusal != null) {
                out.add(refusal);
            }
        }
        return out.length() == 0 ? NOTHING : out.toString();
    }

    /** The results of the CQEs posted for {@code userData}, in posting order, joined by {@code &}; {@code none} if none. */
    static String results(List<Cqe> cqes, long userData) {
        StringJoiner out = new StringJoiner("&");
        for (Cqe cqe : cqes) {
            if (cqe.userData() == userData) {
                out.add(Integer.toString(cqe.res()));
            }
        }
        return out.length() == 0 ? "none" : out.toString();
    }
}
