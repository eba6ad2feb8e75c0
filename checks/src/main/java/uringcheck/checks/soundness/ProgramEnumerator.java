package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioError;
import uringcheck.checks.scenario.ScenarioException;
import uringcheck.checks.scenario.ScenarioValidator;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.rules.Errno;

/**
 * Enumerates every driver program of a {@link SweepVocabulary} with at most {@code L} statements per
 * handler that compiles under the abstraction, in canonical order: fewest statements first, then by the
 * templates' vocabulary indices, handler by handler (uring_cmd, work, tw, cancel).
 *
 * <p>A handler body is a sequence of distinct templates (a {@code uring_cmd} body ends with its only
 * {@code return}). "Compiles" is decided by {@link ScenarioValidator}, the same rules scenario files
 * obey: bodies are grown one statement at a time and a prefix the validator rejects is not extended
 * (a statement's error depends only on the statements before it), then every assembled program is
 * validated whole. A named handler is present exactly when some statement starts it; a cancel handler
 * may be present (with at least one statement) when some statement marks a command cancelable.
 *
 * <p>Then {@link Pruning} marks the programs whose verdict is, by construction, their representative's.
 */
public final class ProgramEnumerator {

    private static final int PROBE_HEADER = 1000;

    private final SweepVocabulary vocabulary;
    private final int maxStatements;
    private int candidates;

    /** An enumerator of programs of {@code vocabulary} with at most {@code maxStatements} per handler. */
    public ProgramEnumerator(SweepVocabulary vocabulary, int maxStatements) {
        if (maxStatements < 1) {
            throw new IllegalArgumentException("--max-statements must be at least 1, got " + maxStatements);
        }
        this.vocabulary = vocabulary;
        this.maxStatements = maxStatements;
    }

    /** The number of assembled programs the whole-program validation saw (valid or not). */
    public int candidates() {
        return candidates;
    }

    /** Every program that compiles, numbered in canonical order, pruned ones marked. */
    public List<SweptProgram> programs() {
        Map<HandlerKind, List<Body>> bodies = new LinkedHashMap<>();
        for (HandlerKind kind : vocabulary.kinds()) {
            bodies.put(kind, bodies(kind));
        }
        List<List<Body>> assembled = new ArrayList<>();
        for (Body u : bodies.get(HandlerKind.URING_CMD)) {
            extend(List.of(u), 1, bodies, assembled);
        }
        assembled.sort(ORDER);
        List<List<Body>> valid = new ArrayList<>();
        for (List<Body> p : assembled) {
            candidates++;
            if (errors(SweptProgram.layout(p)).isEmpty()) {
                valid.add(p);
            }
        }
        return Pruning.apply(vocabulary.abstraction(), valid);
    }

    /**
     * Adds the handler of the {@code k}-th swept kind to {@code partial} in every way the statements so
     * far allow: absent when nothing starts it (a cancel handler may also stay absent), else each body.
     */
    private void extend(List<Body> partial, int k, Map<HandlerKind, List<Body>> bodies, List<List<Body>> out) {
        List<HandlerKind> kinds = vocabulary.kinds();
        if (k == kinds.size()) {
            out.add(partial);
            return;
        }
        HandlerKind kind = kinds.get(k);
        String starter = switch (kind) {
            case KWORKER -> "schedule_work";
            case TASK_WORK -> "complete_in_task";
            case CANCEL -> "mark_cancelable";
            case URING_CMD, RELEASE, IRQ -> throw new IllegalStateException("not a started handler: " + kind);
        };
        boolean started = partial.stream().anyMatch(b -> b.has(starter));
        if (!started || kind == HandlerKind.CANCEL) {
            extend(partial, k + 1, bodies, out);
        }
        if (!started) {
            return;
        }
        for (Body b : bodies.get(kind)) {
            if (kind == HandlerKind.CANCEL && b.size() == 0) {
                continue;
            }
            List<Body> with = new ArrayList<>(partial);
            with.add(b);
            extend(List.copyOf(with), k + 1, bodies, out);
        }
    }

    /** Every body of {@code kind} up to the bound whose statements the validator accepts. */
    List<Body> bodies(HandlerKind kind) {
        List<Template> templates = vocabulary.templates(kind);
        List<Body> out = new ArrayList<>();
        List<Body> frontier = List.of(Body.empty(kind));
        if (kind != HandlerKind.URING_CMD) {
            out.add(Body.empty(kind));
        }
        for (int length = 1; length <= maxStatements; length++) {
            List<Body> grown = new ArrayList<>();
            for (Body prefix : frontier) {
                for (int i = 0; i < templates.size(); i++) {
                    Template t = templates.get(i);
                    if (prefix.templates().contains(t)) {
                        continue;
                    }
                    Body body = prefix.plus(t, i);
                    if (!acceptedAlone(body)) {
                        continue;
                    }
                    if (t.returns()) {
                        out.add(body);
                    } else {
                        grown.add(body);
                        if (kind != HandlerKind.URING_CMD) {
                            out.add(body);
                        }
                    }
                }
            }
            frontier = grown;
        }
        out.sort(Comparator.comparingInt(Body::size));
        return out;
    }

    /**
     * Whether the validator accepts every statement of {@code body} in a probe program that declares
     * every swept handler (a uring_cmd prefix gets a provisional {@code return Err(EINVAL)}); problems on
     * other lines (an unused handler, the provisional return) do not count.
     */
    private boolean acceptedAlone(Body body) {
        List<Handler> handlers = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        int line = PROBE_HEADER + 1;
        for (Template t : body.templates()) {
            statements.add(t.at(line++));
        }
        int last = line - 1;
        if (body.kind() == HandlerKind.URING_CMD && (body.size() == 0
                || !body.templates().get(body.size() - 1).returns())) {
            statements.add(provisionalReturn().at(2 * PROBE_HEADER));
        }
        handlers.add(new Handler(SweptProgram.handlerName(body.kind()), body.kind(), statements,
                Pos.atLine(PROBE_HEADER)));
        int header = 3 * PROBE_HEADER;
        for (HandlerKind other : vocabulary.kinds()) {
            if (other == body.kind()) {
                continue;
            }
            List<Statement> stub = other == HandlerKind.URING_CMD ? List.of(provisionalReturn().at(header + 1))
                    : List.of();
            handlers.add(new Handler(SweptProgram.handlerName(other), other, stub, Pos.atLine(header)));
            header += 10;
        }
        DriverProgram probe = new DriverProgram(SweepVocabulary.fields(), List.of(), handlers);
        for (ScenarioError e : errors(probe)) {
            if (e.line() > PROBE_HEADER && e.line() <= last) {
                return false;
            }
        }
        return true;
    }

    /** The {@code return Err(EINVAL)} that closes a uring_cmd prefix in a probe (valid after anything). */
    private static Template provisionalReturn() {
        return new Template("return Err(EINVAL)", HandlerKind.URING_CMD, true,
                l -> new Return(ReturnValue.err(Errno.EINVAL.value()), Pos.atLine(l)));
    }

    private List<ScenarioError> errors(DriverProgram driver) {
        Scenario s = new Scenario("sweep", "", vocabulary.abstraction(), SweepVocabulary.environment(), driver, null,
                "sweep");
        try {
            ScenarioValidator.validate(s);
            return List.of();
        } catch (ScenarioException e) {
            return e.errors();
        }
    }

    private static final Comparator<List<Body>> ORDER = (a, b) -> {
        int c = Integer.compare(total(a), total(b));
        if (c != 0) {
            return c;
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private static int total(List<Body> p) {
        return p.stream().mapToInt(Body::size).sum();
    }

    private static int compare(Body a, Body b) {
        int c = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.size(), b.size());
        for (int i = 0; c == 0 && i < a.size(); i++) {
            c = Integer.compare(a.indices().get(i), b.indices().get(i));
        }
        return c;
    }
}
