package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.List;

import uringcheck.model.lifecycle.program.HandlerKind;

/**
 * One handler body of an enumerated program: a sequence of distinct templates of one handler kind, with
 * the indices the templates have in the vocabulary (they order programs).
 *
 * @param kind      the handler kind
 * @param templates the statements, in order
 * @param indices   each template's index in {@link SweepVocabulary#templates}
 */
public record Body(HandlerKind kind, List<Template> templates, List<Integer> indices) {

    public Body {
        templates = List.copyOf(templates);
        indices = List.copyOf(indices);
    }

    /** The empty body of {@code kind}. */
    static Body empty(HandlerKind kind) {
        return new Body(kind, List.of(), List.of());
    }

    /** The number of statements. */
    public int size() {
        return templates.size();
    }

    /** This body with {@code t} (at vocabulary index {@code index}) appended. */
    Body plus(Template t, int index) {
        List<Template> ts = new ArrayList<>(templates);
        ts.add(t);
        List<Integer> is = new ArrayList<>(indices);
        is.add(index);
        return new Body(kind, ts, is);
    }

    /** This body without the statement at {@code position}. */
    Body without(int position) {
        List<Template> ts = new ArrayList<>(templates);
        ts.remove(position);
        List<Integer> is = new ArrayList<>(indices);
        is.remove(position);
        return new Body(kind, ts, is);
    }

    /** This body with the statement at {@code position} replaced by {@code t} (at vocabulary index {@code index}). */
    Body with(int position, Template t, int index) {
        List<Template> ts = new ArrayList<>(templates);
        ts.set(position, t);
        List<Integer> is = new ArrayList<>(indices);
        is.set(position, index);
        return new Body(kind, ts, is);
    }

    /** The position of the template named {@code name}, or -1. */
    int find(String name) {
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some template's name starts with {@code prefix}. */
    boolean has(String prefix) {
        return templates.stream().anyMatch(t -> t.name().startsWith(prefix));
    }

    /** A stable key, e.g. {@code 0.5.12}; the empty body is {@code -}. */
    String key() {
        if (indices.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (int i : indices) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(i);
        }
        return sb.toString();
    }
}
