package uringcheck.checks.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered list of {@link CheckTarget}s with unique names. The shipped one is the scenario catalogue
 * ({@code ScenarioTargets.shipped()}), which {@code uringcheck check} runs without arguments.
 */
public final class Catalogue {

    private final Map<String, CheckTarget> targets = new LinkedHashMap<>();

    /** A catalogue of {@code targets}, in order; names must be unique. */
    public Catalogue(List<CheckTarget> targets) {
        for (CheckTarget t : targets) {
            if (this.targets.putIfAbsent(t.name(), t) != null) {
                throw new IllegalArgumentException("two check targets are named '" + t.name() + "'");
            }
        }
    }

    /** The targets, in order. */
    public List<CheckTarget> targets() {
        return List.copyOf(targets.values());
    }

    /** The target named {@code name}. */
    public Optional<CheckTarget> find(String name) {
        return Optional.ofNullable(targets.get(name));
    }

    /** The first target whose model is named {@code modelName} (what a replay token names). */
    public Optional<CheckTarget> findByModel(String modelName) {
        return targets.values().stream().filter(t -> t.model().name().equals(modelName)).findFirst();
    }
}
