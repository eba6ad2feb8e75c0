package uringcheck.checks.explore;

import java.util.List;
import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * A test model that does nothing: one initial state, 0, no enabled action and no property. Tests implement it
 * and override only what they exercise (a name, parts, other initial states, a fingerprint).
 */
public interface InertModel extends Model<Integer, Integer> {

    @Override
    default List<Integer> initialStates() {
        return List.of(0);
    }

    @Override
    default List<Integer> actions(Integer state) {
        return List.of();
    }

    @Override
    default Integer next(Integer state, Integer action) {
        return state;
    }

    @Override
    default List<Property<Integer>> properties() {
        return List.of();
    }
}
