package uringcheck.checks.scenario;

/**
 * One problem found in a scenario file: where it is and what is wrong, phrased so the reader knows what
 * was expected and how to fix it.
 *
 * @param source  the file name as the user gave it (or the catalogue resource name)
 * @param line    1-based line, or 0 for a problem with the whole file (e.g. it cannot be read)
 * @param column  1-based column, or 0 when only the line is known
 * @param message what was found, what was expected, how to fix it
 */
public record ScenarioError(String source, int line, int column, String message) {

    /**
     * {@code source:line:column: message}, {@code source:line: message} without a column, or
     * {@code source: message} for a problem with the whole file (line 0).
     */
    public String render() {
        if (line <= 0) {
            return source + ": " + message;
        }
        String where = column > 0 ? line + ":" + column : Integer.toString(line);
        return source + ":" + where + ": " + message;
    }

    @Override
    public String toString() {
        return render();
    }
}
