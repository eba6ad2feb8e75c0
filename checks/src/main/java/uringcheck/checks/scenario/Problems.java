package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the problems of one scenario file so that a reader sees all of them at once, not one per run.
 * Not thread-safe: one instance per file.
 */
final class Problems {

    private final String source;
    private final List<ScenarioError> errors = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    /** The file name used in every message. */
    String source() {
        return source;
    }

    /** Records a problem at the start of {@code node}. */
    void at(Node node, String message) {
        at(node.getStartMark(), message);
    }

    /** Records a problem at {@code mark} (SnakeYAML marks are 0-based). */
    void at(Mark mark, String message) {
        errors.add(new ScenarioError(source, mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    /** Records a problem at a known 1-based position. */
    void at(int line, int column, String message) {
        errors.add(new ScenarioError(source, line, column, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The collected problems (at least one) as an exception, sorted by position (stable for ties). */
    ScenarioException exception() {
        List<ScenarioError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(ScenarioError::line).thenComparingInt(ScenarioError::column));
        return new ScenarioException(sorted);
    }

    /** Throws the collected problems, if there are any. */
    void throwIfAny() throws ScenarioException {
        if (!errors.isEmpty()) {
            throw exception();
        }
    }
}
