package uringcheck.checks.scenario;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What a scenario file's model is built from, as the parts a replay token records a digest of (see
 * {@link uringcheck.model.Model#parts()}): the driver program ({@code device} and {@code handlers}), the
 * abstraction and the environment. Each part is the file's YAML rendered canonically, so a token stays
 * valid across edits to comments, layout, quoting, {@code description} or {@code expect}, and across
 * refactorings of the program records, and is refused once the program, abstraction or environment
 * changes.
 */
final class ScenarioOrigin {

    private ScenarioOrigin() {
    }

    /** The parts of the scenario whose top-level mapping is {@code top}. */
    static Map<String, String> of(Entries top) {
        Map<String, String> parts = new TreeMap<>();
        parts.put("driver program", "device: " + canonical(top.get("device")) + "; handlers: "
                + canonical(top.get("handlers")));
        parts.put("abstraction", canonical(top.get("abstraction")));
        parts.put("environment", canonical(top.get("environment")));
        return parts;
    }

    /** The node's content with no style, position or comment: scalars, [sequences] and {key: value} maps. */
    private static String canonical(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(ScenarioOrigin::canonical)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (node instanceof MappingNode mapping) {
            return mapping.getValue().stream()
                    .map(t -> canonical(t.getKeyNode()) + ": " + canonical(t.getValueNode()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return "";
    }
}
