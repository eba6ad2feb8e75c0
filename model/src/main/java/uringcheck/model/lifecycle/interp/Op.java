package uringcheck.model.lifecycle.interp;

import java.util.List;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.program.Statement;

/**
 * One instruction of a compiled handler: a statement to execute, the test of an {@code if} (jumping to
 * {@code target} when false), an unconditional jump past an {@code else} branch or a choice's
 * alternative, or a step with several outcomes ({@link Choose}, {@link MayFail}) that continues at the
 * outcome's entry of {@code outcomes}. Each op that is not a jump is one atomic step of its context.
 *
 * @param kind      what the op does
 * @param statement the statement executed, or the {@link If} tested, or the choice made
 * @param target    the jump target of a branch or jump
 * @param outcomes  for {@link Kind#CHOICE}, where each outcome continues (a {@link Choose}: the start of
 *                  each alternative; a {@link MayFail}: after the failure block for success, then the
 *                  failure block's start once per errno); empty otherwise
 */
public record Op(Kind kind, Statement statement, int target, List<Integer> outcomes) {

    /** The four kinds of instruction. */
    public enum Kind {
        EXEC,
        BRANCH,
        JUMP,
        CHOICE
    }

    public Op {
        outcomes = List.copyOf(outcomes);
    }

    /** An op with a single outcome. */
    public Op(Kind kind, Statement statement, int target) {
        this(kind, statement, target, List.of());
    }

    /** The {@code if} a branch tests. */
    public If branch() {
        return (If) statement;
    }
}
