package uringcheck.checks.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uringcheck.checks.explore.UsageException;

/**
 * A patch as mailed (git format-patch, possibly with the leading space of context lines and the
 * indentation eaten by a mail archive): the lines of its hunks, each with its line in the mail and, for
 * added and context lines, its line in the patched file (from the hunk header {@code @@ -a,b +c,d @@}).
 * Hunks are delimited by their headers' line counts, so a mail's signature ({@code --}) is not read as a
 * removed line.
 *
 * @param source the mail's name in messages
 * @param lines  the hunks' lines, in mail order
 */
public record MailedPatch(String source, List<Line> lines) {

    private static final Pattern DIFF = Pattern.compile("^diff --git a/(\\S+) b/(\\S+)");
    private static final Pattern NEW_FILE = Pattern.compile("^\\+\\+\\+ (?:b/)?(\\S+)");
    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@ ?(.*)$");

    public MailedPatch {
        lines = List.copyOf(lines);
    }

    /** How a hunk line changes the file. */
    public enum Kind {
        /** {@code +}: in the patched file only. */
        ADDED,
        /** {@code -}: in the original file only. */
        REMOVED,
        /** Unchanged; shown around the change. */
        CONTEXT
    }

    /**
     * One line of a hunk.
     *
     * @param mailLine    1-based line in the mail
     * @param file        the patched file's path ({@code b/} stripped)
     * @param fileLine    1-based line in the patched file (0 for a removed line)
     * @param kind        added, removed or context
     * @param text        the line without its {@code +}/{@code -}/space marker
     * @param hunk        0-based index of the hunk in the mail
     * @param hunkContext the text after the hunk header's second {@code @@} (the enclosing item git found)
     */
    public record Line(int mailLine, String file, int fileLine, Kind kind, String text, int hunk,
                       String hunkContext) {
    }

    /**
     * Parses {@code text}.
     *
     * @throws UsageException if it has no hunk, or a hunk outside a file's diff, or a hunk header
     *                                  whose counts the mail does not hold
     */
    public static MailedPatch parse(String source, String text) {
        String[] mail = text.split("\r?\n", -1);
        List<Line> out = new ArrayList<>();
        String file = null;
        int hunks = 0;
        for (int i = 0; i < mail.length; i++) {
            Matcher diff = DIFF.matcher(mail[i]);
            Matcher plus = NEW_FILE.matcher(mail[i]);
            Matcher hunk = HUNK.matcher(mail[i]);
            if (diff.find()) {
                file = diff.group(2);
            } else if (plus.find() && !plus.group(1).equals("/dev/null")) {
                file = plus.group(1);
            } else if (hunk.matches()) {
                if (file == null) {
                    throw new UsageException(source + ":" + (i + 1) + ": hunk header before any"
                            + " 'diff --git' line: give the whole mail as git format-patch wrote it");
                }
                hunks++;
                int oldLeft = count(hunk.group(2));
                int newLeft = count(hunk.group(4));
                int newLine = Integer.parseInt(hunk.group(3));
                String context = hunk.group(5).strip();
                int header = i;
                while (oldLeft > 0 || newLeft > 0) {
                    i++;
                    if (i >= mail.length) {
                        throw new UsageException(source + ":" + (header + 1) + ": the hunk header promises"
                                + " " + oldLeft + " more original and " + newLeft + " more patched lines than the"
                                + " mail holds: the patch is truncated or was edited by hand (re-export it)");
                    }
                    String l = mail[i];
                    if (l.startsWith("\\")) {
                        continue;
                    }
                    if (l.startsWith("+")) {
                        out.add(new Line(i + 1, file, newLine++, Kind.ADDED, l.substring(1), hunks - 1, context));
                        newLeft--;
                    } else if (l.startsWith("-")) {
                        out.add(new Line(i + 1, file, 0, Kind.REMOVED, l.substring(1), hunks - 1, context));
                        oldLeft--;
                    } else {
                        out.add(new Line(i + 1, file, newLine++, Kind.CONTEXT, l.startsWith(" ") ? l.substring(1) : l,
                                hunks - 1, context));
                        oldLeft--;
                        newLeft--;
                    }
                }
            }
        }
        if (hunks == 0) {
            throw new UsageException(source + ": not a patch: no hunk header ('@@ -a,b +c,d @@') found;"
                    + " give a patch as mailed (git format-patch output, or the mail's text)");
        }
        return new MailedPatch(source, out);
    }

    private static int count(String group) {
        return group == null ? 1 : Integer.parseInt(group);
    }
}
