package uringcheck.checks.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uringcheck.model.Obligation;

/**
 * The reviewed map {@code obligations/unsafe-map.yaml}: for each {@code unsafe} site of the Rust
 * {@code uring_cmd} series, the obligations of SPEC §6 its justification relies on. A site is keyed by
 * its file, its enclosing item and its code with white space removed, so re-indenting, moving it within
 * its function, or a mail archive eating the indentation does not unmap it, while a changed line does.
 *
 * @param entries the entries, in file order
 */
public record UnsafeMap(List<Entry> entries) {

    /** The resource holding the map. */
    public static final String RESOURCE = "/obligations/unsafe-map.yaml";

    public UnsafeMap {
        entries = List.copyOf(entries);
    }

    /**
     * One reviewed site.
     *
     * @param file   the patched file's path
     * @param item   the enclosing item, as {@link UnsafeSite#item()} (empty at top level)
     * @param code   the site's code, as {@link UnsafeSite#snippet()} (white space is not compared)
     * @param relies the obligations the justification relies on, at least one
     * @param why    one line: which part of the SAFETY argument needs them
     */
    public record Entry(String file, String item, String code, List<Obligation> relies, String why) {
        public Entry {
            relies = List.copyOf(relies);
            if (relies.isEmpty()) {
                throw new IllegalArgumentException(file + " " + item + ": 'relies' names no obligation");
            }
        }

        boolean matches(UnsafeSite site) {
            return site.file().equals(file) && site.item().equals(item)
                    && UnsafeScanner.normalize(site.snippet()).equals(UnsafeScanner.normalize(code));
        }
    }

    /** The shipped map. */
    public static UnsafeMap shipped() {
        return parse(ReviewedYaml.load(RESOURCE));
    }

    /** The map in {@code yaml}: a list of {@code {file, item, code, relies, why}}. */
    static UnsafeMap parse(Object yaml) {
        if (!(yaml instanceof List<?> list)) {
            throw new IllegalArgumentException(RESOURCE + ": expected a list of entries");
        }
        List<Entry> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("relies") instanceof List<?> relies)) {
                throw new IllegalArgumentException(RESOURCE + ": entry " + (out.size() + 1)
                        + " needs file, item, code, relies (a list) and why");
            }
            List<Obligation> obligations = new ArrayList<>();
            relies.forEach(r -> obligations.add(Obligation.byId(String.valueOf(r))));
            out.add(new Entry(text(m, "file", out.size()), m.get("item") == null ? "" : String.valueOf(m.get("item")), text(m, "code", out.size()),
                    obligations, text(m, "why", out.size())));
        }
        return new UnsafeMap(out);
    }

    private static String text(Map<?, ?> m, String key, int index) {
        if (!(m.get(key) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(RESOURCE + ": entry " + (index + 1) + " needs a '" + key + "'");
        }
        return s;
    }

    /** The entry reviewed for {@code site}, if any. */
    public Optional<Entry> lookup(UnsafeSite site) {
        return entries.stream().filter(e -> e.matches(site)).findFirst();
    }
}
