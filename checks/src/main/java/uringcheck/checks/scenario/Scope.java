package uringcheck.checks.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uringcheck.model.lifecycle.abstraction.LocalType;

/**
 * What one path through a handler has bound and holds at a point: its locals (with their type and
 * where each was moved, if it was) and the driver locks it holds. Branches work on copies and are merged
 * back by {@link #merge}.
 */
final class Scope {

    /** One local: its type, the line that bound it, and the line that moved it (0 while owned). */
    record Binding(LocalType type, int boundAt, int movedAt) {
        Binding moved(int line) {
            return new Binding(type, boundAt, line);
        }
    }

    final Map<String, Binding> locals;
    final Map<String, Integer> held;

    Scope() {
        this(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private Scope(Map<String, Binding> locals, Map<String, Integer> held) {
        this.locals = locals;
        this.held = held;
    }

    Scope copy() {
        return new Scope(new LinkedHashMap<>(locals), new LinkedHashMap<>(held));
    }

    /**
     * The scope after an if, choose or may_fail whose paths that did not return ended in {@code live} (at
     * least one): locals bound inside a path go out of scope; a local moved on any path counts as moved
     * (as rustc's borrow checker sees it).
     */
    Scope merge(List<Scope> live) {
        Scope out = new Scope(new LinkedHashMap<>(), new LinkedHashMap<>(live.get(0).held));
        for (Map.Entry<String, Binding> e : locals.entrySet()) {
            Binding result = e.getValue();
            for (Scope branch : live) {
                Binding after = branch.locals.get(e.getKey());
                if (after != null && after.movedAt() != 0 && result.movedAt() == 0) {
                    result = result.moved(after.movedAt());
                }
            }
            out.locals.put(e.getKey(), result);
        }
        return out;
    }
}
