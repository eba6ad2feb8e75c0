package uringcheck.checks.scenario;

import java.util.LinkedHashMap;
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
     * The scope after an if whose live branches ended in {@code a} and {@code b} (either may be null for a
     * branch that returned): locals bound inside a branch go out of scope; a local moved in either
     * branch counts as moved (as rustc's borrow checker sees it).
     */
    Scope merge(Scope a, Scope b) {
        Scope out = new Scope(new LinkedHashMap<>(), new LinkedHashMap<>((a != null ? a : b).held));
        for (Map.Entry<String, Binding> e : locals.entrySet()) {
            Binding result = e.getValue();
            for (Scope branch : new Scope[] {a, b}) {
                if (branch == null) {
                    continue;
                }
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
