package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.List;

import uringcheck.model.Model;
import uringcheck.model.Property;

/** A test model: another model with extra properties appended (to seed a property that must fail). */
final class WithProperties<S, A> extends ForwardingModel<S, A> {

    private final List<Property<S>> properties;

    WithProperties(Model<S, A> model, Property<S> extra) {
        super(model);
        List<Property<S>> all = new ArrayList<>(model.properties());
        all.add(extra);
        this.properties = List.copyOf(all);
    }

    @Override
    public String name() {
        return model.name() + "-plus";
    }

    @Override
    public List<Property<S>> properties() {
        return properties;
    }
}
