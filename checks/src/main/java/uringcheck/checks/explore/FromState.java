package uringcheck.checks.explore;

import java.util.List;
import java.util.function.Predicate;

import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * A model restricted to what is reachable from one state, with a single sometimes-property "the goal is
 * reachable": an exhaustive search of it decides {@code EF goal} at that state. Used by
 * {@link PathReplay} to re-decide an always-recoverable violation at a trap entry.
 */
final class FromState<S, A> extends ForwardingModel<S, A> {

    private final S start;
    private final List<Property<S>> properties;

    FromState(Model<S, A> model, S start, Predicate<S> goal) {
        super(model);
        this.start = start;
        this.properties = List.of(Property.sometimes("goal", "the goal is reachable", goal));
    }

    @Override
    public List<S> initialStates() {
        return List.of(start);
    }

    @Override
    public List<Property<S>> properties() {
        return properties;
    }
}
