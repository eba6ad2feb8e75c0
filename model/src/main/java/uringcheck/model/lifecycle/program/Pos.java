package uringcheck.model.lifecycle.program;

/**
 * Where an element of a driver program (a statement, handler, field or lock) was read from in its
 * scenario file, so traces and error messages can point at it.
 *
 * @param line   1-based line, or 0 when unknown (built in code)
 * @param column 1-based column, or 0 when only the line is known
 */
public record Pos(int line, int column) {

    /** No position: an element built in code, not read from a file. */
    public static final Pos NONE = new Pos(0, 0);

    public Pos {
        if (line < 0 || column < 0 || (line == 0 && column != 0)) {
            throw new IllegalArgumentException("no such position: line " + line + ", column " + column);
        }
    }

    /** A position known by its line only (a program built in code that numbers its statements). */
    public static Pos atLine(int line) {
        return new Pos(line, 0);
    }
}
