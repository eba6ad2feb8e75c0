package uringcheck.checks.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The checked entries of one YAML mapping: keys are unique and known, values keep their nodes (and so
 * their positions). Built by {@link YamlReader#mapping}.
 */
final class Entries {

    private final MappingNode node;
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Map<String, Node> values = new LinkedHashMap<>();

    Entries(MappingNode node) {
        this.node = node;
    }

    void put(String key, Node keyNode, Node value) {
        keys.put(key, keyNode);
        values.put(key, value);
    }

    /** The mapping node itself. */
    MappingNode node() {
        return node;
    }

    /** The value node of {@code key}, or null when absent. */
    Node get(String key) {
        return values.get(key);
    }

    /** The key node of {@code key}, or null when absent. */
    Node keyNode(String key) {
        return keys.get(key);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The keys in file order. */
    Iterable<String> keys() {
        return values.keySet();
    }

    int size() {
        return values.size();
    }
}
