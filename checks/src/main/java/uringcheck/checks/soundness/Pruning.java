package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.abstraction.AbstractionSemantics;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * Pruning of programs whose verdict equals a shorter program's by construction (docs/soundness.md
 * "Pruning"). Each rule removes statements that no obligation can observe:
 * <ul>
 *   <li>{@value #DEAD_COMPLETE}: a {@code let c = cmd.complete(r)} whose token is never returned only
 *       moves {@code cmd} and drops a value; nothing in the kernel sees it;</li>
 *   <li>{@value #IDLE_WORK}: a work item with an empty body runs and does nothing; the program without
 *       {@code schedule_work} and the handler has the same kernel-visible behaviour;</li>
 *   <li>{@value #UNREAD_TOKEN}: a {@code UringCmdAction} stored in the token field that no statement loads
 *       is a dropped value (tokens are not handles: no obligation looks at them in a field);</li>
 *   <li>{@value #SAME_RESULT}: {@code return Err(X)} where an earlier error {@code Y} of the vocabulary
 *       gives the core the same {@code int} whatever the issue flags and whether a queued handle was
 *       minted ({@link AbstractionSemantics#vtableResult}, e.g. the fixed shape maps {@code -EIOCBQUEUED}
 *       to {@code -EINVAL} or to its own queued result): the driver's errno reaches nothing else (an
 *       issue call's result goes through {@code Interpreter.issueReturn} only; other calls' results are
 *       ignored), so the program with {@code return Err(Y)} behaves the same but for trace text;</li>
 *   <li>{@value #COMPLETE_AS_ERR}: {@code let c = cmd.complete(r); .. return Ok(c)} where the vocabulary has
 *       {@code return Err(E)} with {@code -E == r}: {@code AbstractionSemantics#result} gives the core the
 *       same {@code int} for both ({@code Complete(r)} is r, {@code Err(E)} is -E, then the same
 *       {@code vtableResult}), a Complete token is never the {@code Queued} token O13 looks at, and
 *       {@code complete} itself only moves {@code cmd} into a local token (no kernel effect), so the
 *       program without it that returns {@code Err(E)} behaves the same;</li>
 *   <li>{@value #EMPTY_HANDLE}: when no statement stores a handle in {@code h}, {@code h[this].take()} in a work item or cancel call always yields
 *       {@code None}, and {@code done}/{@code complete_in_task} on that local are the skipped
 *       {@code if let Some(q)} arms ({@code Exec.done}, {@code Completion.resolve}: nothing happens): the
 *       statements on {@code q} are dropped (a task-work handler left without a starter goes too; a cancel
 *       call keeps at least one statement, since an absent cancel handler is another program).</li>
 * </ul>
 * The rules are applied until none applies; the result is the pruned program's representative, itself
 * an enumerated program earlier in the canonical order (fewer statements, or as many with an earlier
 * error). The test {@code PruningTest} checks, for every pruned
 * program at a small bound, that its verdict equals its representative's.
 */
public final class Pruning {

    /** Rule name: a Complete token that is never returned. */
    public static final String DEAD_COMPLETE = "dead-complete";
    /** Rule name: a work item with an empty body. */
    public static final String IDLE_WORK = "idle-work";
    /** Rule name: a token stored in a field nothing loads. */
    public static final String UNREAD_TOKEN = "unread-token";
    /** Rule name: an error result the vtable maps like an earlier one. */
    public static final String SAME_RESULT = "same-result";
    /** Rule name: a Complete token returned where an error of the vocabulary gives the same result. */
    public static final String COMPLETE_AS_ERR = "complete-as-err";
    /** Rule name: statements on a handle taken from a field nothing ever stores into. */
    public static final String EMPTY_HANDLE = "empty-handle";

    private static final String ERR = "return Err(";

    private Pruning() {
    }

    /** Numbers {@code valid} (already in canonical order) and marks the pruned programs. */
    static List<SweptProgram> apply(SweepVocabulary vocabulary, List<List<Body>> valid) {
        Abstraction abstraction = vocabulary.abstraction();
        Map<Integer, Integer> sameResult = sameResult(vocabulary);
        Map<Integer, Integer> completeAsErr = completeAsErr(vocabulary);
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            numbers.put(SweptProgram.key(valid.get(i)), i + 1);
        }
        List<SweptProgram> out = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            List<Body> p = valid.get(i);
            List<String> rules = new ArrayList<>();
            List<Body> reduced = reduce(p, rules, vocabulary, sameResult, completeAsErr);
            Integer representative = rules.isEmpty() ? null : numbers.get(SweptProgram.key(reduced));
            out.add(new SweptProgram(i + 1, abstraction, p, SweptProgram.layout(p),
                    representative == null ? 0 : representative, representative == null ? "" : String.join(", ", rules)));
        }
        return out;
    }

    /** {@code program} with every rule applied until none applies; the names of the rules used go to {@code rules}. */
    static List<Body> reduce(List<Body> program, List<String> rules, SweepVocabulary vocabulary,
                             Map<Integer, Integer> sameResult, Map<Integer, Integer> completeAsErr) {
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
                continue;
            }
            int err = position(u, ERR);
            Integer same = err < 0 ? null : sameResult.get(u.indices().get(err));
            if (same != null && !u.indices().contains(same)) {
                p.set(0, u.with(err, vocabulary.templates(HandlerKind.URING_CMD).get(same), same));
                rules.add(SAME_RESULT);
                changed = true;
                continue;
            }
            int returned = u.find("return Ok(c)");
            Integer asErr = complete < 0 || returned < 0 ? null : completeAsErr.get(u.indices().get(complete));
            if (asErr != null) {
                p.set(0, u.with(returned, vocabulary.templates(HandlerKind.URING_CMD).get(asErr), asErr)
                        .without(complete));
                rules.add(COMPLETE_AS_ERR);
                changed = true;
                continue;
            }
            if (p.stream().noneMatch(b -> b.has("store(" + SweepVocabulary.HANDLE_FIELD + ",")) && dropEmptyHandle(p)) {
                rules.add(EMPTY_HANDLE);
                changed = true;
            }
        }
        return p;
    }

    /**
     * Drops, from the first work item or cancel call that has any, the statements on a handle taken from
     * {@code h} (the caller has checked that nothing stores into {@code h}), and a task-work handler no
     * statement starts any more; whether it dropped anything.
     */
    private static boolean dropEmptyHandle(List<Body> p) {
        for (int i = 1; i < p.size(); i++) {
            Body b = p.get(i);
            if (b.kind() != HandlerKind.KWORKER && b.kind() != HandlerKind.CANCEL) {
                continue;
            }
            Body kept = b;
            for (int k = b.size() - 1; k >= 0; k--) {
                if (onTakenHandle(b.templates().get(k))) {
                    kept = kept.without(k);
                }
            }
            if (kept.size() == b.size() || b.kind() == HandlerKind.CANCEL && kept.size() == 0) {
                continue;
            }
            p.set(i, kept);
            int tw = kind(p, HandlerKind.TASK_WORK);
            if (tw >= 0 && p.stream().noneMatch(h -> h.has("complete_in_task("))) {
                p.remove(tw);
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code t} is {@code let q = h[this].take()}, a statement on that {@code q}, or a walk that
     * takes each tag's handle from {@code h}.
     */
    private static boolean onTakenHandle(Template t) {
        String n = t.name();
        return n.startsWith("load(" + SweepVocabulary.HANDLE_FIELD + ",") || n.startsWith("done(q,")
                || n.equals("complete_in_task(q)") || n.startsWith(SweepVocabulary.WALK);
    }

    /**
     * For each {@code complete(r)} template of uring_cmd (by vocabulary index), the {@code return Err(E)}
     * template with {@code -E == r}, where the vocabulary has one.
     */
    static Map<Integer, Integer> completeAsErr(SweepVocabulary vocabulary) {
        List<Template> templates = vocabulary.templates(HandlerKind.URING_CMD);
        Map<Integer, Integer> out = new HashMap<>();
        for (int x = 0; x < templates.size(); x++) {
            if (!(templates.get(x).at(1) instanceof Complete c)) {
                continue;
            }
            for (int y = 0; y < templates.size(); y++) {
                Statement s = templates.get(y).at(1);
                if (s instanceof Return r && r.value().kind() == ReturnValue.Kind.ERR && r.value().value() == c.ret()) {
                    out.put(x, y);
                }
            }
        }
        return out;
    }

    /**
     * For each {@code return Err(X)} template of uring_cmd (by vocabulary index), the first earlier
     * {@code return Err(Y)} template whose error the vtable maps as X's for every issue-flags value and
     * both values of "a queued handle was minted".
     */
    static Map<Integer, Integer> sameResult(SweepVocabulary vocabulary) {
        AbstractionSemantics semantics = vocabulary.abstraction().semantics();
        List<Template> templates = vocabulary.templates(HandlerKind.URING_CMD);
        Map<Integer, Integer> out = new HashMap<>();
        for (int x = 0; x < templates.size(); x++) {
            for (int y = 0; y < x && !out.containsKey(x); y++) {
                if (templates.get(x).name().startsWith(ERR) && templates.get(y).name().startsWith(ERR)
                        && sameEverywhere(semantics, errno(templates.get(x)), errno(templates.get(y)))) {
                    out.put(x, y);
                }
            }
        }
        return out;
    }

    private static int errno(Template t) {
        String name = t.name();
        return Errno.valueOf(name.substring(ERR.length(), name.length() - 1)).value();
    }

    /** Whether the vtable maps errors {@code a} and {@code b} alike for all issue flags (12 bits and NONBLOCK). */
    private static boolean sameEverywhere(AbstractionSemantics semantics, int a, int b) {
        for (int bits = 0; bits < 1 << 12; bits++) {
            for (int flags : new int[] {bits, bits | IssueFlags.NONBLOCK}) {
                for (boolean minted : new boolean[] {false, true}) {
                    if (semantics.vtableResult(a, minted, flags) != semantics.vtableResult(b, minted, flags)) {
                        return false;
                    }
                }
            }
        }
        return true;
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
