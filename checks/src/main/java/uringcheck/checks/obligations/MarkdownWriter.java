package uringcheck.checks.obligations;

import java.util.List;

/** Renders a {@link Doc} as GitHub-flavoured Markdown (tables as pipe tables). */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    /** {@code doc} as Markdown. */
    public static String render(Doc doc) {
        StringBuilder out = new StringBuilder("# ").append(doc.title()).append('\n');
        for (Doc.Block b : doc.blocks()) {
            out.append('\n');
            if (b instanceof Doc.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(h.text()).append('\n');
            } else if (b instanceof Doc.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (b instanceof Doc.Bullets l) {
                l.items().forEach(i -> out.append("- ").append(i).append('\n'));
            } else if (b instanceof Doc.Table t) {
                row(out, t.headers());
                out.append("|---".repeat(t.headers().size())).append("|\n");
                t.rows().forEach(r -> row(out, r));
            } else if (b instanceof Doc.Code c) {
                String fence = c.text().contains("```") ? "~~~~" : "```";
                out.append(fence).append(c.language()).append('\n').append(c.text());
                if (!c.text().endsWith("\n")) {
                    out.append('\n');
                }
                out.append(fence).append('\n');
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (String cell : cells) {
            out.append("| ").append(cell.replace("|", "\\|").replace("\n", " ")).append(' ');
        }
        out.append("|\n");
    }
}
