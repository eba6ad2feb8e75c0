package uringcheck.checks.explore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uringcheck.model.Fairness;
import uringcheck.model.Model;
import uringcheck.model.Property;
import uringcheck.model.Stepper;
import uringcheck.model.Successor;

/**
 * A model that forwards every method to another one; a subclass overrides just the aspect it changes
 * (its initial states, its properties, its fingerprint or its parts) and keeps the rest, including the action order
 * that replay tokens index, exactly as the wrapped model has it.
 *
 * @param <S> the state type
 * @param <A> the action type
 */
public abstract class ForwardingModel<S, A> implements Model<S, A> {

    /** The model every method forwards to. */
    protected final Model<S, A> model;

    /** Whether this wrapper keeps the wrapped model's fingerprint and canonical form (it overrides neither). */
    private final boolean keepsClasses;
    /** Whether it also keeps the wrapped model's successors (it does not override {@link #next}). */
    private final boolean keepsSteps;

    protected ForwardingModel(Model<S, A> model) {
        this.model = model;
        this.keepsClasses = inherited("fingerprint", Object.class) && inherited("canonical", Object.class);
        this.keepsSteps = keepsClasses && inherited("next", Object.class, Object.class);
    }

    @Override
    public String name() {
        return model.name();
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
        return model.properties();
    }

    @Override
    public Map<String, String> parts() {
        return model.parts();
    }

    @Override
    public String actor(S state, A action) {
        return model.actor(state, action);
    }

    @Override
    public Fairness fairness(S state, A action) {
        return model.fairness(state, action);
    }

    @Override
    public String describe(S state, A action) {
        return model.describe(state, action);
    }

    @Override
    public Successor<S> step(S state, A action) {
        return model.step(state, action);
    }

    @Override
    public Map<String, String> fields(S state) {
        return model.fields(state);
    }

    @Override
    public Optional<String> incomplete() {
        return model.incomplete();
    }

    @Override
    public long fingerprint(S state) {
        return model.fingerprint(state);
    }

    @Override
    public S canonical(S state) {
        return model.canonical(state);
    }

    /**
     * The wrapped model's, when this wrapper overrides neither {@link #fingerprint} nor {@link #canonical};
     * otherwise {@code fingerprint(canonical(state))} with this wrapper's own, so a subclass that changes either
     * changes the symmetry classes the explorer stores too.
     */
    @Override
    public long canonicalFingerprint(S state) {
        return keepsClasses ? model.canonicalFingerprint(state) : fingerprint(canonical(state));
    }

    /**
     * The wrapped model's, when this wrapper overrides none of {@link #next}, {@link #fingerprint} and
     * {@link #canonical}; otherwise the default stepper over this wrapper's own ({@link #next}, then the
     * fingerprint), so a subclass that changes successors or classes steps through its own.
     */
    @Override
    public Stepper<S, A> stepper(boolean canonical) {
        return keepsSteps ? model.stepper(canonical) : Model.super.stepper(canonical);
    }

    @Override
    public List<A> ample(S state, List<A> enabled) {
        return model.ample(state, enabled);
    }

    private boolean inherited(String method, Class<?>... parameters) {
        try {
            return getClass().getMethod(method, parameters).getDeclaringClass() == ForwardingModel.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Model." + method + " is gone", e);
        }
    }
}
