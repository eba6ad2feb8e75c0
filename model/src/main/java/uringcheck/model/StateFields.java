package uringcheck.model;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Flattens a model state into named fields for traces: record components become {@code a.b},
 * list elements {@code a[0]}; every leaf is rendered with {@code toString()} (enums by name).
 * The order is the declaration order, so two states of the same shape list their fields alike and
 * a trace can print just the ones that changed.
 */
public final class StateFields {

    private StateFields() {
    }

    /** The fields of {@code state}, in declaration order. */
    public static Map<String, String> of(Object state) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", state, out);
        return out;
    }

    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value instanceof Record r) {
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                Object child;
                try {
                    component.getAccessor().setAccessible(true);
                    child = component.getAccessor().invoke(r);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "."
                            + component.getName(), e);
                }
                flatten(path.isEmpty() ? component.getName() : path + "." + component.getName(), child, out);
            }
            if (r.getClass().getRecordComponents().length == 0) {
                out.put(path, r.toString());
            }
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object element : c) {
                flatten(path + "[" + i++ + "]", element, out);
            }
            if (c.isEmpty()) {
                out.put(path, "[]");
            }
        } else if (value instanceof Optional<?> o) {
            flatten(path, o.orElse(null), out);
        } else {
            out.put(path.isEmpty() ? "state" : path, String.valueOf(value));
        }
    }
}
