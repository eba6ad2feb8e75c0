package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Pos;

/**
 * One enumerated driver program: its handler bodies (uring_cmd first; a handler nobody starts is absent)
 * and the {@link DriverProgram} they make, laid out like a scenario file so traces can cite lines.
 *
 * @param number         1-based position in the canonical order (fewest statements first)
 * @param abstraction    the abstraction it is written against
 * @param bodies         the present handlers' bodies, in the vocabulary's handler order
 * @param driver         the program
 * @param representative for a pruned program, the number of the program whose verdict it shares; else 0
 * @param pruneRule      for a pruned program, the rules that reduced it (docs/soundness.md "Pruning")
 */
public record SweptProgram(int number, Abstraction abstraction, List<Body> bodies, DriverProgram driver,
                           int representative, String pruneRule) {

    public SweptProgram {
        bodies = List.copyOf(bodies);
    }

    /** The total number of statements over all handlers. */
    public int statements() {
        return bodies.stream().mapToInt(Body::size).sum();
    }

    /** The number of statements of the longest handler (the L at which the program is enumerated). */
    public int longestHandler() {
        return bodies.stream().mapToInt(Body::size).max().orElse(0);
    }

    /** Whether the sweep checks it (it is not pruned). */
    public boolean checked() {
        return representative == 0;
    }

    /** The body of handler kind {@code kind}, if present. */
    public Optional<Body> body(HandlerKind kind) {
        return bodies.stream().filter(b -> b.kind() == kind).findFirst();
    }

    /** A stable key of the bodies (vocabulary indices per handler). */
    public String key() {
        return key(bodies);
    }

    /** The name of the model of this program, e.g. {@code v5#17}. */
    public String name() {
        return abstraction.name().toLowerCase(java.util.Locale.ROOT) + "#" + number;
    }

    static String key(List<Body> bodies) {
        List<String> parts = new ArrayList<>();
        for (Body b : bodies) {
            parts.add(handlerName(b.kind()) + ":" + b.key());
        }
        return String.join(" ", parts);
    }

    /** The handler name of a swept handler kind. */
    static String handlerName(HandlerKind kind) {
        return switch (kind) {
            case URING_CMD -> "uring_cmd";
            case KWORKER -> SweepVocabulary.WORK;
            case TASK_WORK -> SweepVocabulary.TASK_WORK;
            case CANCEL -> SweepVocabulary.CANCEL;
            case RELEASE, IRQ -> throw new IllegalArgumentException("not swept: " + kind);
        };
    }

    /**
     * The driver program of {@code bodies}, laid out like a file: each handler's header on one line, its
     * statements on the following lines, in order.
     */
    static DriverProgram layout(List<Body> bodies) {
        List<Handler> handlers = new ArrayList<>();
        int line = 1;
        for (Body b : bodies) {
            int header = line++;
            List<uringcheck.model.lifecycle.program.Statement> body = new ArrayList<>();
            for (Template t : b.templates()) {
                body.add(t.at(line++));
            }
            handlers.add(new Handler(handlerName(b.kind()), b.kind(), body, Pos.atLine(header)));
        }
        return new DriverProgram(SweepVocabulary.fields(), List.of(), handlers);
    }
}
