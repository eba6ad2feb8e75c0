package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.HandlerKind;

/**
 * Pruning of programs whose verdict equals a shorter program's by construction (docs/soundness.md
 * "Pruning"). Each rule removes statements that no obligation can observe:
 * <ul>
 *   <li>{@value #DEAD_COMPLETE}: a {@code let c = cmd.complete(r)} whose token is never returned only
 *       moves {@code cmd} and drops a value; nothing in the kernel sees it;</li>
 *   <li>{@value #IDLE_WORK}: a work item with an empty body runs and does nothing; the program without
 *       {@code schedule_work} and the handler has the same kernel-visible behaviour;</li>
 *   <li>{@value #UNREAD_TOKEN}: a {@code UringCmdAction} stored in the token field that no statement loads
 *       is a dropped value (tokens are not handles: no obligation looks at them in a field).</li>
 * </ul>
 * The rules are applied until none applies; the result is the pruned program's representative, itself
 * an enumerated program with fewer statements. The test {@code PruningTest} checks, for every pruned
 * program at a small bound, that its verdict equals its representative's.
 */
public final class Pruning {

    /** Rule name: a Complete token that is never returned. */
    public static final String DEAD_COMPLETE = "dead-complete";
    /** Rule name: a work item with an empty body. */
    public static final String IDLE_WORK = "idle-work";
    /** Rule name: a token stored in a field nothing loads. */
    public static final String UNREAD_TOKEN = "unread-token";

    private Pruning() {
    }

    /** Numbers {@code valid} (already in canonical order) and marks the pruned programs. */
    static List<SweptProgram> apply(Abstraction abstraction, List<List<Body>> valid) {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            numbers.put(SweptProgram.key(valid.get(i)), i + 1);
        }
        List<SweptProgram> out = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            List<Body> p = valid.get(i);
            List<String> rules = new ArrayList<>();
            List<Body> reduced = reduce(p, rules);
            Integer representative = rules.isEmpty() ? null : numbers.get(SweptProgram.key(reduced));
            out.add(new SweptProgram(i + 1, abstraction, p, SweptProgram.layout(p),
                    representative == null ? 0 : representative, representative == null ? "" : String.join(", ", rules)));
        }
        return out;
    }

    /** {@code program} with every rule applied until none applies; the names of the rules used go to {@code rules}. */
    static List<Body> reduce(List<Body> program, List<String> rules) {
        List<Body> p = new ArrayList<>(program);
        boolean changed = true;
        while (changed) {
            changed = false;
            Body u = p.get(0);
            int complete = position(u, "complete(");
            if (complete >= 0 && u.find("return Ok(c)") < 0) {
                p.set(0, u.without(complete));
                rules.add(DEAD_COMPLETE);
                changed = true;
                continue;
            }
            int work = kind(p, HandlerKind.KWORKER);
            if (work >= 0 && p.get(work).size() == 0) {
                p.remove(work);
                p.set(0, u.without(u.find("schedule_work")));
                rules.add(IDLE_WORK);
                changed = true;
                continue;
            }
            int store = u.find("store(tf,t)");
            if (store >= 0 && u.find("load(tf,u)") < 0) {
                p.set(0, u.without(store));
                rules.add(UNREAD_TOKEN);
                changed = true;
            }
        }
        return p;
    }

    private static int position(Body b, String prefix) {
        for (int i = 0; i < b.size(); i++) {
            if (b.templates().get(i).name().startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static int kind(List<Body> p, HandlerKind kind) {
        for (int i = 0; i < p.size(); i++) {
            if (p.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
