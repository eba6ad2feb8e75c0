package uringcheck.checks.obligations;

/**
 * A {@code // SAFETY:} comment on an added line of a patch.
 *
 * @param mailLine line in the mail
 * @param file     the patched file
 * @param fileLine line in the patched file
 * @param text     the comment's first line, without {@code //}
 * @param covers   mail line of the {@code unsafe} site it precedes in its hunk, or 0 if none follows it
 */
public record SafetyComment(int mailLine, String file, int fileLine, String text, int covers) {
}
