package uringcheck.checks.scenario;

import java.util.Objects;
import java.util.Optional;

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
 */
public record Scenario(String name, String description, Abstraction abstraction, Environment environment,
                       DriverProgram driver, ExpectedVerdict expected, String source) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(abstraction, "abstraction");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(source, "source");
    }

    /** The expected verdict, if the file states one. */
    public Optional<ExpectedVerdict> expectation() {
        return Optional.ofNullable(expected);
    }
}
