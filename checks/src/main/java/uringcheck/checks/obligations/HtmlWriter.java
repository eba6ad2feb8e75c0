package uringcheck.checks.obligations;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Renders a {@link Doc} as one self-contained HTML page: inline CSS, no script, no font, no link to
 * anything outside the page.
 */
public final class HtmlWriter {

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    private static final String STYLE = "body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em;"
            + "line-height:1.4}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;"
            + "padding:.25em .5em;text-align:left;vertical-align:top}th{background:#eee}pre{background:#f6f6f6;"
            + "border:1px solid #ddd;padding:.5em;overflow-x:auto}code{font-family:monospace}";

    private HtmlWriter() {
    }

    /** {@code doc} as an HTML page. */
    public static String render(Doc doc) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(inline(doc.title())).append("</h1>\n");
        for (Doc.Block b : doc.blocks()) {
            if (b instanceof Doc.Heading h) {
                out.append("<h").append(h.level()).append('>').append(inline(h.text())).append("</h")
                        .append(h.level()).append(">\n");
            } else if (b instanceof Doc.Paragraph p) {
                out.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (b instanceof Doc.Bullets l) {
                out.append("<ul>\n");
                l.items().forEach(i -> out.append("<li>").append(inline(i)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (b instanceof Doc.Table t) {
                out.append("<table>\n<tr>");
                t.headers().forEach(c -> out.append("<th>").append(inline(c)).append("</th>"));
                out.append("</tr>\n");
                for (List<String> row : t.rows()) {
                    out.append("<tr>");
                    row.forEach(c -> out.append("<td>").append(inline(c)).append("</td>"));
                    out.append("</tr>\n");
                }
                out.append("</table>\n");
            } else if (b instanceof Doc.Code c) {
                out.append("<pre><code>").append(escape(c.text())).append("</code></pre>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String escape(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }

    /** Escapes {@code text} and turns backquoted spans into {@code <code>}. */
    private static String inline(String text) {
        Matcher m = CODE_SPAN.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start()))).append("<code>").append(escape(m.group(1)))
                    .append("</code>");
            last = m.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }
}
