package uringcheck.checks.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be checked: it is not valid YAML, does not follow the scenario format, or
 * describes a driver program the chosen abstraction could not express. Carries every problem found, in
 * file order; the CLI prints them and exits with status 2.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioError> errors;

    /** An exception carrying {@code errors} (at least one). */
    public ScenarioException(List<ScenarioError> errors) {
        super(errors.stream().map(ScenarioError::render).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** The problems, in file order. */
    public List<ScenarioError> errors() {
        return errors;
    }
}
