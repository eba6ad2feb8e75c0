package uringcheck.checks.explore;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * A model restricted to what is reachable from one state, with a single sometimes-property "the goal is
 * reachable": an exhaustive search of it decides {@code EF goal} at that state. Used by
 * {@link PathReplay} to re-decide an always-recoverable violation at a trap entry.
 */
final class FromState<S, A> implements Model<S, A> {

    private final Model<S, A> model;
    private final S start;
    private final List<Property<S>> properties;

    FromState(Model<S, A> model, S start, Predicate<S> goal) {
        this.model = model;
        this.start = start;
        this.properties = List.of(Property.sometimes("goal", "the goal is reachable", goal));
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public List<S> initialStates() {
        return List.of(start);
    }

    @Override
    public List<A> actions(S state) {
        return model.actions(state);
    }

    @Override
    public S next(S state, A action) {
        return model.next(state, action);
    }

    @Override
    public List<Property<S>> properties() {
        return properties;
    }

    @Override
    public Map<String, String> fields(S state) {
        return model.fields(state);
    }

    @Override
    public long fingerprint(S state) {
        return model.fingerprint(state);
    }
}
