package uringcheck.model.lifecycle.interp;

import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Statement;

/**
 * One instruction of a compiled handler: a statement to execute, the test of an {@code if} (jumping to
 * {@code target} when false), or an unconditional jump past an {@code else} branch. Each op that is not
 * a jump is one atomic step of its context.
 *
 * @param kind      what the op does
 * @param statement the statement executed, or the {@link If} tested
 * @param target    the jump target of a branch or jump
 */
public record Op(Kind kind, Statement statement, int target) {

    /** The three kinds of instruction. */
    public enum Kind {
        EXEC,
        BRANCH,
        JUMP
    }

    /** The {@code if} a branch tests. */
    public If branch() {
        return (If) statement;
    }
}
