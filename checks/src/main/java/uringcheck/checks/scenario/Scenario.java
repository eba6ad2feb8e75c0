package uringcheck.checks.scenario;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import uringcheck.checks.catalogue.Expectation;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Environment;

/**
 * A parsed and statically valid scenario file: a driver program written against an abstraction, the
 * environment it runs in, and optionally the verdict it should get. Built by {@link ScenarioParser}.
 *
 * @param name        the {@code scenario:} name; it names the model in reports and replay tokens
 * @param description the one-line {@code description:} (empty when absent)
 * @param abstraction the API the driver is written against
 * @param environment commands, submit modes, slots and events
 * @param driver      device fields, locks and handlers
 * @param expected    the {@code expect:} verdict, or null when the file states none
 * @param source      the file name used in messages
 * @param origin      the parts its model is built from, as replay tokens record them (see
 *                    {@link ScenarioOrigin}); empty for a scenario not read from a file
 */
public record Scenario(String name, String description, Abstraction abstraction, Environment environment,
                       DriverProgram driver, Expectation expected, String source, Map<String, String> origin) {

    /** A scenario not read from a file (a swept program, a test's variant): its origin has no parts. */
    public Scenario(String name, String description, Abstraction abstraction, Environment environment,
                    DriverProgram driver, Expectation expected, String source) {
        this(name, description, abstraction, environment, driver, expected, source, Map.of());
    }

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(abstraction, "abstraction");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(source, "source");
        origin = Map.copyOf(origin);
    }

    /** The expected verdict, if the file states one. */
    public Optional<Expectation> expectation() {
        return Optional.ofNullable(expected);
    }

    /**
     * The same driver in {@code environment} (a bounds variant: more commands, other submit modes,
     * more events). The file's {@code expect:} was stated for the file's own environment, so the
     * variant states none. The environment is not validated here: the model checks its bounds when it
     * is built.
     */
    public Scenario withEnvironment(Environment environment) {
        return new Scenario(name, description, abstraction, environment, driver, null, source);
    }
}
