package uringcheck.model.lifecycle.interp;

import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Statement;

/**
 * One instruction of a compiled handler: a statement to execute, the test of an {@code if} (jumping to
 * {@code target} when false), an unconditional jump past an {@code else} branch, or the head and the
 * increment of a {@link ForEach}. Each op that is not a jump or a loop control is one atomic step of its
 * context.
 *
 * @param kind      what the op does
 * @param statement the statement executed, the {@link If} tested or the {@link ForEach} controlled
 * @param target    the jump target of a branch or jump; for a loop increment, the loop body's first op
 * @param index     the local holding the command index of the innermost enclosing loop (for a loop
 *                  control, its own variable), or -1 outside every loop: per-command fields of a step
 *                  inside a loop are the loop command's
 */
public record Op(Kind kind, Statement statement, int target, int index) {

    /** The instruction kinds. */
    public enum Kind {
        EXEC,
        BRANCH,
        JUMP,
        /** Binds the loop variable to command 0 and falls through into the body; takes no step. */
        LOOP_ENTER,
        /** Advances the loop variable and jumps back to the body, or unbinds it and falls through; no step. */
        LOOP_NEXT
    }

    /** An op outside every loop. */
    public Op(Kind kind, Statement statement, int target) {
        this(kind, statement, target, -1);
    }

    /** The {@code if} a branch tests. */
    public If branch() {
        return (If) statement;
    }

    /** Whether it takes no step of its own (a jump or a loop control). */
    boolean control() {
        return kind == Kind.JUMP || kind == Kind.LOOP_ENTER || kind == Kind.LOOP_NEXT;
    }
}
