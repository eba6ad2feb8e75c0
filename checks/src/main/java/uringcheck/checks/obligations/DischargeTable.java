package uringcheck.checks.obligations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * The reviewed table {@code obligations/discharge.yaml}: for every abstraction and every obligation, who
 * discharges it, and, per obligation, what the soundness sweep's vocabulary cannot express.
 *
 * @param entries     per abstraction, per obligation, its discharge
 * @param sweepLimits per obligation, why a sweep that breaks nothing proves less about it
 */
public record DischargeTable(Map<Abstraction, Map<Obligation, Discharge>> entries,
                             Map<Obligation, String> sweepLimits) {

    /** The resource holding the table. */
    public static final String RESOURCE = "/obligations/discharge.yaml";

    private static final String SWEEP_LIMITS = "sweep-limits";

    public DischargeTable {
        Map<Abstraction, Map<Obligation, Discharge>> copy = new EnumMap<>(Abstraction.class);
        entries.forEach((a, m) -> copy.put(a, Collections.unmodifiableMap(new EnumMap<>(m))));
        entries = Collections.unmodifiableMap(copy);
        sweepLimits = Collections.unmodifiableMap(new EnumMap<>(sweepLimits));
    }

    /** The shipped table. */
    public static DischargeTable shipped() {
        return parse(ReviewedYaml.load(RESOURCE));
    }

    /**
     * The table in {@code yaml} (a map from abstraction to obligation to {@code {by, how}}, plus
     * {@value #SWEEP_LIMITS}).
     *
     * @throws IllegalArgumentException naming the first malformed entry
     */
    static DischargeTable parse(Object yaml) {
        Map<Abstraction, Map<Obligation, Discharge>> entries = new EnumMap<>(Abstraction.class);
        Map<Obligation, String> limits = new EnumMap<>(Obligation.class);
        for (Map.Entry<?, ?> top : map(yaml, "the table").entrySet()) {
            String key = String.valueOf(top.getKey());
            if (key.equals(SWEEP_LIMITS)) {
                map(top.getValue(), key).forEach((o, why) -> limits.put(Obligation.byId(String.valueOf(o)),
                        String.valueOf(why)));
                continue;
            }
            Abstraction a = Abstraction.valueOf(key.toUpperCase(Locale.ROOT));
            Map<Obligation, Discharge> row = new EnumMap<>(Obligation.class);
            for (Map.Entry<?, ?> e : map(top.getValue(), key).entrySet()) {
                Obligation o = Obligation.byId(String.valueOf(e.getKey()));
                Map<?, ?> entry = map(e.getValue(), key + "." + o);
                List<Discharger> by = new ArrayList<>();
                if (!(entry.get("by") instanceof List<?> list)) {
                    throw new IllegalArgumentException(key + "." + o + ": 'by' must be a list");
                }
                list.forEach(d -> by.add(Discharger.byId(String.valueOf(d))));
                Object how = entry.get("how");
                if (!(how instanceof String s) || s.isBlank()) {
                    throw new IllegalArgumentException(key + "." + o + ": 'how' must be a sentence");
                }
                row.put(o, new Discharge(a, o, by, s));
            }
            entries.put(a, row);
        }
        return new DischargeTable(entries, limits);
    }

    private static Map<?, ?> map(Object o, String where) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + ": expected a mapping");
        }
        return m;
    }

    /** The discharge of {@code o} under {@code a}. */
    public Discharge of(Abstraction a, Obligation o) {
        Discharge d = entries.getOrDefault(a, Map.of()).get(o);
        if (d == null) {
            throw new IllegalStateException(RESOURCE + " has no entry for " + o + " under " + a);
        }
        return d;
    }

    /** The (abstraction, obligation) pairs the table lacks, as "abstraction/obligation". */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        for (Abstraction a : Abstraction.values()) {
            for (Obligation o : Obligation.values()) {
                if (!entries.getOrDefault(a, Map.of()).containsKey(o)) {
                    out.add(a.name().toLowerCase(Locale.ROOT) + "/" + o);
                }
            }
        }
        return out;
    }
}
