package uringcheck.model.lifecycle.interp;

import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.Sqe;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.ProgramNames;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.IssueFlags;

/**
 * Evaluates the test of an {@code if} or an {@code assert:}, atomically (a test-and-set claims in one
 * step): on a device field, on a driver list ({@code list_empty}), on the flags and task-work state the
 * core gave the running callback, or on the command's SQE.
 */
final class Conditions {

    private final CompiledProgram program;
    private final Environment environment;

    Conditions(CompiledProgram program, Environment environment) {
        this.program = program;
        this.environment = environment;
    }

    boolean test(World w, ContextFrame f, Condition c, int line) {
        if (c.kind() == Condition.Kind.LIST_EMPTY) {
            boolean result = new DriverObjects(program.objects(), w, f.kind).empty(c.field(), line);
            if (w.describes()) {
                w.say("list_empty(" + c.field() + "): " + result);
            }
            return result;
        }
        if (c.kind() == Condition.Kind.CMD_OP || c.kind() == Condition.Kind.SQE_EQUALS) {
            return testSqe(w, f, c);
        }
        if (!c.kind().onField()) {
            return testCallback(w, f, c);
        }
        int at = program.fieldInstance(c.field(), f.command, line);
        String name = program.fieldName(at);
        Value v = w.fields.get(at);
        boolean result;
        switch (c.kind()) {
            case EQUALS -> {
                result = v.kind() == Value.Kind.INT && v.number() == c.value();
                if (w.describes()) {
                    w.say("if " + name + " == " + c.value() + " (" + render(v, program) + "): " + result);
                }
            }
            case NOT_EQUALS, LESS_THAN, AT_MOST -> {
                int n = v.number();
                result = switch (c.kind()) {
                    case NOT_EQUALS -> n != c.value();
                    case LESS_THAN -> n < c.value();
                    default -> n <= c.value();
                };
                String op = c.kind() == Condition.Kind.NOT_EQUALS ? " != " : c.kind() == Condition.Kind.LESS_THAN
                        ? " < " : " <= ";
                if (w.describes()) {
                    w.say("if " + name + op + c.value() + " (" + render(v, program) + "): " + result);
                }
            }
            case EMPTY -> {
                result = v.kind() == Value.Kind.EMPTY || v.kind() == Value.Kind.INT && v.number() == 0;
                if (w.describes()) {
                    w.say("if " + name + " is empty (" + render(v, program) + "): " + result);
                }
            }
            case TEST_AND_SET -> {
                result = !(v.kind() == Value.Kind.INT && v.number() != 0);
                w.fields.set(at, Value.integer(1));
                if (w.describes()) {
                    w.say("test_and_set(" + name + ") " + (result ? "wins the claim" : "loses: already claimed"));
                }
            }
            default -> throw new IllegalStateException(c.kind().name());
        }
        return result;
    }

    /**
     * A test of what the core gave the running callback: the bits of its {@code issue_flags}, of its
     * command's {@code cmd->flags} ({@code IORING_URING_CMD_REISSUE} set by {@code io_uring_cmd} on an
     * {@code -EAGAIN} punt, {@code IORING_URING_CMD_CANCELABLE} by {@code io_uring_cmd_mark_cancelable}),
     * or {@code tw.cancel} (set for task work run by {@code io_fallback_req_func}). The validator admits
     * these only in callbacks that receive them.
     */
    private static boolean testCallback(World w, ContextFrame f, Condition c) {
        boolean result;
        switch (c.kind()) {
            case ISSUE_FLAG -> {
                int flags = f.kind.flags();
                result = IssueFlags.has(flags, c.value());
                if (w.describes()) {
                    w.say("if issue_flags & " + IssueFlags.render(c.value()) + " (" + IssueFlags.render(flags) + "): "
                            + result);
                }
            }
            case CMD_FLAG -> {
                Slot s = w.slots.get(f.slot);
                int flags = (s.reissue() ? IssueFlags.CMD_REISSUE : 0) | (s.cancelable() ? IssueFlags.CMD_CANCELABLE : 0);
                result = IssueFlags.has(flags, c.value());
                if (w.describes()) {
                    w.say("if cmd->flags & " + (c.value() == IssueFlags.CMD_REISSUE ? "REISSUE" : "CANCELABLE") + ": "
                            + result);
                }
            }
            case TW_CANCEL -> {
                result = f.kind == ContextKind.FALLBACK;
                if (w.describes()) {
                    w.say("if tw.cancel: " + result);
                }
            }
            default -> throw new IllegalStateException(c.kind().name());
        }
        return result;
    }

    /**
     * A test of what userspace put in the SQE of the command the callback runs for ({@link Environment#sqes}):
     * {@code cmd->cmd_op}, copied at prep and stable, or an SQE field read through {@code cmd->sqe}, which
     * during the inline issue points into the SQ ring, so a second read of the field in that call is a
     * double fetch (O7), as for {@code read_sqe}. The validator admits SQE field tests only in
     * {@code uring_cmd}, where the SQE is valid.
     */
    private boolean testSqe(World w, ContextFrame f, Condition c) {
        Slot s = w.slots.get(f.slot);
        Sqe sqe = environment.sqes().get(f.command);
        if (c.kind() == Condition.Kind.CMD_OP) {
            int op = sqe.value(Sqe.CMD_OP);
            boolean result = op == c.value();
            if (w.describes()) {
                w.say("if cmd->cmd_op == " + c.value() + " (" + op + "): " + result);
            }
            return result;
        }
        int v = sqe.value(c.field());
        boolean result = v == c.value();
        if (w.describes()) {
            w.say("if READ_ONCE(sqe->" + c.field() + ") == " + c.value() + " (" + v + ", "
                    + (s.sqeCopied() ? "the core's copy" : "the SQ ring, during the issue") + "): " + result);
        }
        if (!s.sqeCopied()) {
            Exec.fetch(w, f.kind, f.slot, program.sqeFieldBit(c.field()), Cause.SQE_DOUBLE_FETCH);
        }
        return result;
    }

    /** A short rendering of a value for traces; {@code names} spells a driver object. */
    static String render(Value v, ProgramNames names) {
        return switch (v.kind()) {
            case EMPTY -> "empty";
            case INT -> Integer.toString(v.number());
            case COMMAND -> "cmd#" + v.command();
            case QUEUED_HANDLE -> "queued cmd#" + v.command();
            case QUEUED_TOKEN -> "Queued(cmd#" + v.command() + ")";
            case COMPLETE_TOKEN -> "Complete(" + v.number() + ")";
            case OBJECT -> names.objectName(v.number());
        };
    }
}
