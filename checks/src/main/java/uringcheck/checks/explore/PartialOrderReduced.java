package uringcheck.checks.explore;

import java.util.List;

import uringcheck.model.Model;

/**
 * A model searched with partial-order reduction: in each state the search explores the wrapped model's
 * {@link Model#ample} set instead of every enabled action. Everything else is the wrapped model's. The
 * action indices of paths through the reduced graph (stored predecessor links, trap walks, lassos) index
 * the ample lists; {@link #unreduced(ActionPath)} turns them into indices into the wrapped model's
 * {@link Model#actions}, which traces and replay tokens use, so a counterexample found with the reduction
 * replays on the unreduced model as it is.
 */
final class PartialOrderReduced<S, A> extends ForwardingModel<S, A> {

    PartialOrderReduced(Model<S, A> model) {
        super(model);
    }

    @Override
    public List<A> actions(S state) {
        return model.ample(state, model.actions(state));
    }

    /** The model without the reduction. */
    Model<S, A> unreduced() {
        return model;
    }

    /** {@code path}, whose indices index the ample lists, with indices into the unreduced action lists. */
    ActionPath unreduced(ActionPath path) {
        S state = model.initialStates().get(path.initialIndex());
        int[] steps = path.actions();
        int[] out = new int[steps.length];
        for (int j = 0; j < steps.length; j++) {
            List<A> all = model.actions(state);
            A action = model.ample(state, all).get(steps[j]);
            out[j] = all.indexOf(action);
            state = model.next(state, action);
        }
        return new ActionPath(path.initialIndex(), out);
    }
}
