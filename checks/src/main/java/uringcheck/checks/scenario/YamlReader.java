package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import uringcheck.model.lifecycle.program.Pos;

/**
 * Typed, position-aware reads of SnakeYAML nodes. Every read that fails records a problem naming what was
 * found and what was expected, and returns null; callers skip what they cannot read and go on, so one
 * run reports every problem of a file.
 */
final class YamlReader {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");

    private final Problems problems;

    YamlReader(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /**
     * Reads a mapping whose keys are all in {@code allowed} and include all of {@code required}; rejects
     * duplicate and unknown keys (with a suggestion). Returns null if {@code node} is not a mapping.
     */
    Entries mapping(Node node, String what, Collection<String> allowed, Collection<String> required) {
        Entries entries = anyMapping(node, what);
        if (entries == null) {
            return null;
        }
        List<String> unknown = new ArrayList<>();
        for (String key : entries.keys()) {
            if (!allowed.contains(key)) {
                unknown.add(key);
                problems.at(entries.keyNode(key), "unknown key '" + key + "' in " + what + ": expected "
                        + (allowed.size() == 1 ? "only " : "one of ") + Suggestions.list(allowed)
                        + Suggestions.didYouMean(key, allowed));
            }
        }
        for (String key : required) {
            if (!entries.has(key)) {
                problems.at(node, what + " is missing the required key '" + key + "'");
            }
        }
        return entries;
    }

    /** Reads a mapping with string keys, rejecting duplicates but not checking which keys occur. */
    Entries anyMapping(Node node, String what) {
        if (!(node instanceof MappingNode)) {
            problems.at(node, "expected a mapping (key: value) for " + what + ", found " + describe(node));
            return null;
        }
        MappingNode mapping = (MappingNode) node;
        Entries entries = new Entries(mapping);
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode)) {
                problems.at(keyNode, "expected a plain key in " + what + ", found " + describe(keyNode));
                continue;
            }
            String key = ((ScalarNode) keyNode).getValue();
            if (entries.has(key)) {
                problems.at(keyNode, "duplicate key '" + key + "' in " + what + " (first at line "
                        + (entries.keyNode(key).getStartMark().getLine() + 1) + "): remove one of them");
                continue;
            }
            entries.put(key, keyNode, tuple.getValueNode());
        }
        return entries;
    }

    /** Reads a list; a null (absent or {@code ~}) node reads as an empty list. */
    List<Node> sequence(Node node, String what) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode)) {
            problems.at(node, "expected a list for " + what + ", found " + describe(node)
                    + (node instanceof ScalarNode ? ": write [" + ((ScalarNode) node).getValue() + "] or one '- item' per line" : ""));
            return null;
        }
        return ((SequenceNode) node).getValue();
    }

    /** Reads a plain string scalar (any text). */
    String text(Node node, String what) {
        if (!(node instanceof ScalarNode) || isNull(node)) {
            problems.at(node, "expected text for " + what + ", found " + describe(node));
            return null;
        }
        return ((ScalarNode) node).getValue();
    }

    /** Reads a name: letters, digits and '_', not starting with a digit. */
    String name(Node node, String what) {
        String text = text(node, what);
        if (text == null) {
            return null;
        }
        if (!NAME.matcher(text).matches()) {
            problems.at(node, "expected a name for " + what + " (letters, digits and '_', not starting with a"
                    + " digit), found '" + text + "'");
            return null;
        }
        return text;
    }

    /** Reads a decimal integer. */
    Integer integer(Node node, String what) {
        if (node instanceof ScalarNode && ((ScalarNode) node).getTag().equals(Tag.INT)
                && DECIMAL.matcher(((ScalarNode) node).getValue()).matches()) {
            try {
                return Integer.parseInt(((ScalarNode) node).getValue().replace("+", ""));
            } catch (NumberFormatException e) {
                problems.at(node, "integer out of range for " + what + ": " + ((ScalarNode) node).getValue());
                return null;
            }
        }
        problems.at(node, "expected a decimal integer for " + what + ", found " + describe(node));
        return null;
    }

    /** Reads {@code true} or {@code false}. */
    Boolean bool(Node node, String what) {
        if (node instanceof ScalarNode && ((ScalarNode) node).getTag().equals(Tag.BOOL)) {
            String v = ((ScalarNode) node).getValue();
            if (v.equals("true") || v.equals("false")) {
                return Boolean.valueOf(v);
            }
        }
        problems.at(node, "expected true or false for " + what + ", found " + describe(node));
        return null;
    }

    /** Reads one of the words in {@code options} (in the order shown in the message). */
    <E> E choice(Node node, String what, Map<String, E> options) {
        String text = text(node, what);
        if (text == null) {
            return null;
        }
        E value = options.get(text);
        if (value == null) {
            problems.at(node, "unknown " + what + " '" + text + "': expected one of "
                    + Suggestions.list(options.keySet()) + Suggestions.didYouMean(text, options.keySet()));
        }
        return value;
    }

    /** Where {@code node} starts, 1-based (SnakeYAML marks are 0-based). */
    static Pos pos(Node node) {
        return new Pos(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && ((ScalarNode) node).getTag().equals(Tag.NULL);
    }

    /** How a node looks, for "found ..." in messages. */
    static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(node)) {
            return "an empty value";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
