package uringcheck.checks.catalogue;

import java.util.Objects;

import uringcheck.model.Model;

/**
 * One thing {@code uringcheck check} checks: a model with its expected verdict.
 *
 * @param name        unique in its catalogue; by convention the model's name, so a replay token (which
 *                    names the model) finds its target
 * @param description one line for {@code uringcheck list}
 * @param model       the model to explore
 * @param expected    the verdict it should get
 */
public record CheckTarget(String name, String description, Model<?, ?> model, Expectation expected) {

    public CheckTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(expected, "expected");
    }

    /** A target named after its model. */
    public static CheckTarget of(Model<?, ?> model, String description, Expectation expected) {
        return new CheckTarget(model.name(), description, model, expected);
    }
}
