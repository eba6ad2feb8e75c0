package uringcheck.checks.soundness;

import java.util.function.IntFunction;

import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Statement;

/**
 * One statement form of the sweep's vocabulary, with its constants fixed (docs/soundness.md lists them):
 * the handler kind it may appear in, whether it is a {@code return} (which ends a {@code uring_cmd}
 * body), and how to build it at a given program line.
 *
 * @param name    a short stable name, e.g. {@code queue} or {@code done(q,unlocked)}; it orders programs
 * @param kind    the handler it belongs to
 * @param returns whether it is a {@code return} statement
 * @param build   builds the statement for a line number
 */
public record Template(String name, HandlerKind kind, boolean returns, IntFunction<Statement> build) {

    /** The statement at {@code line}. */
    public Statement at(int line) {
        return build.apply(line);
    }

    @Override
    public String toString() {
        return name;
    }
}
