package uringcheck.checks.obligations;

import java.util.Locale;

/**
 * An {@code unsafe} keyword on an added line of a patch.
 *
 * @param mailLine      line in the mail
 * @param file          the patched file
 * @param fileLine      line in the patched file
 * @param kind          what the keyword introduces
 * @param item          the enclosing item: {@code Type::function} from the nearest {@code impl} and {@code fn}
 *                      above it in its hunk (or the hunk header), or the {@code unsafe impl} itself
 * @param snippet       the line's code, and for an {@code unsafe {} block opened at the end of its line the
 *                      next line's code too
 * @param safetyComment mail line of the {@code // SAFETY:} comment that justifies it, or 0 if none does
 */
public record UnsafeSite(int mailLine, String file, int fileLine, Kind kind, String item, String snippet,
                         int safetyComment) {

    /** What an {@code unsafe} keyword introduces. */
    public enum Kind {
        /** {@code unsafe { ... }}: the author asserts the block's preconditions hold. */
        BLOCK,
        /** {@code unsafe impl}: the author asserts the type keeps the trait's contract (Send, Sync). */
        IMPL,
        /** {@code unsafe fn}: callers must keep the contract in its {@code # Safety} doc section. */
        FN,
        /** {@code unsafe trait}: implementors must keep its contract. */
        TRAIT;

        /** Lower case, for reports. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** This site justified by the comment at {@code mailLine}. */
    UnsafeSite withSafetyComment(int mailLine) {
        return new UnsafeSite(this.mailLine, file, fileLine, kind, item, snippet, mailLine);
    }
}
