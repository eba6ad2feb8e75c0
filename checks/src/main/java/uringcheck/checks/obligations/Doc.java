package uringcheck.checks.obligations;

import java.util.List;

/**
 * A document as a list of blocks, rendered as Markdown ({@link MarkdownWriter}) or HTML
 * ({@link HtmlWriter}). Text is plain; a span between backquotes is code.
 *
 * @param title  the document's title (the first heading)
 * @param blocks the body, in order
 */
public record Doc(String title, List<Block> blocks) {

    public Doc {
        blocks = List.copyOf(blocks);
    }

    /** A block of the body. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Code {
    }

    /** A section heading; level 2 or 3 (the title is level 1). */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph. */
    public record Paragraph(String text) implements Block {
    }

    /** A bulleted list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table; every row has as many cells as there are headers. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells, not "
                            + headers.size());
                }
            }
        }
    }

    /** Preformatted text (a program, a trace, a hunk); {@code language} may be empty. */
    public record Code(String language, String text) implements Block {
    }
}
