package uringcheck.model.lifecycle.interp;

import java.util.List;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.program.Statement;

/**
 * One instruction of a compiled handler: a statement to execute, the test of an {@code if} (jumping to
 * {@code target} when false), an unconditional jump past an {@code else} branch or a choice's
 * alternative, a step with several outcomes ({@link Choose}, {@link MayFail}) that continues at the
 * outcome's entry of {@code outcomes}, or the head and the increment of a {@link ForEach}. Each op that is
 * not a jump or a loop control is one atomic step of its context.
 *
 * @param kind      what the op does
 * @param statement the statement executed, the {@link If} tested, the choice made or the {@link ForEach}
 *                  controlled
 * @param target    the jump target of a branch or jump; for a loop increment, the loop body's first op
 * @param index     the local holding the command index of the innermost enclosing loop (for a loop
 *                  control, its own variable), or -1 outside every loop: per-command fields of a step
 *                  inside a loop are the loop command's
 * @param outcomes  for {@link Kind#CHOICE}, where each outcome continues (a {@link Choose}: the start of
 *                  each alternative; a {@link MayFail}: after the failure block for success, then the
 *                  failure block's start once per errno); empty otherwise
 */
public record Op(Kind kind, Statement statement, int target, int index, List<Integer> outcomes) {

    /** The instruction kinds. */
    public enum Kind {
        EXEC,
        BRANCH,
        JUMP,
        CHOICE,
        /** Binds the loop variable to command 0 and falls through into the body; takes no step. */
        LOOP_ENTER,
        /** Advances the loop variable and jumps back to the body, or unbinds it and falls through; no step. */
        LOOP_NEXT
    }

    public Op {
        outcomes = List.copyOf(outcomes);
    }

    /** An op with a single outcome inside the loop whose variable is local {@code index} (-1: none). */
    public Op(Kind kind, Statement statement, int target, int index) {
        this(kind, statement, target, index, List.of());
    }

    /** An op with a single outcome outside every loop. */
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
