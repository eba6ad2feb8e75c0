package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uringcheck.model.Model;
import uringcheck.model.Property;

/** A test model: another model with extra properties appended (to seed a property that must fail). */
final class WithProperties<S, A> implements Model<S, A> {

    private final Model<S, A> model;
    private final List<Property<S>> properties;

    WithProperties(Model<S, A> model, Property<S> extra) {
        this.model = model;
        this.properties = new ArrayList<>(model.properties());
        this.properties.add(extra);
    }

    @Override
    public String name() {
        return model.name() + "-plus";
    }

    @Override
    public List<S> initialStates() {
        return model.initialStates();
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
        return List.copyOf(properties);
    }

    @Override
    public String actor(S state, A action) {
        return model.actor(state, action);
    }

    @Override
    public String describe(S state, A action) {
        return model.describe(state, action);
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
