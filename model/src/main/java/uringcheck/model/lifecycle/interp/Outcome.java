package uringcheck.model.lifecycle.interp;

import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.Errno;

/**
 * Takes one outcome of a step with several ({@link Op.Kind#CHOICE}): the alternative of a
 * {@code choose}, or the success or one declared failure of a {@code may_fail}. The step itself changes
 * nothing but the program counter and, for a failure, the errno local; the trace says which outcome.
 */
final class Outcome {

    private Outcome() {
    }

    /** Takes outcome {@code choice} of {@code op} in frame {@code f} of handler {@code h}. */
    static void take(World w, ContextFrame f, CompiledHandler h, Op op, int choice) {
        if (choice < 0 || choice >= op.outcomes().size()) {
            throw new IllegalArgumentException("outcome " + choice + " of a step with " + op.outcomes().size());
        }
        f.pc = op.outcomes().get(choice);
        if (op.statement() instanceof Choose c) {
            if (w.describes()) {
                w.say("choose: alternative '" + c.names().get(choice) + "' (" + (choice + 1) + " of "
                        + c.names().size() + ")");
            }
        } else {
            MayFail m = (MayFail) op.statement();
            if (choice == 0) {
                if (w.describes()) {
                    w.say(m.call() + " succeeds");
                }
                return;
            }
            int errno = m.errnos().get(choice - 1);
            if (m.into() != null) {
                f.locals.set(h.local(m.into()), Value.integer(errno));
            }
            if (w.describes()) {
                w.say(m.call() + " fails with " + Errno.describe(errno)
                        + (m.into() == null ? "" : " (" + m.into() + " = " + Errno.describe(errno) + ")"));
            }
        }
    }
}
