package uringcheck.model.lifecycle.interp;

import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.state.Value;

/** Evaluates the test of an {@code if} on a device field, atomically (a test-and-set claims in one step). */
final class Conditions {

    private final CompiledProgram program;

    Conditions(CompiledProgram program) {
        this.program = program;
    }

    boolean test(World w, ContextFrame f, Condition c, int line) {
        int at = program.fieldInstance(c.field(), f.command, line);
        String name = program.fieldName(at);
        Value v = w.fields.get(at);
        boolean result;
        switch (c.kind()) {
            case EQUALS -> {
                result = v.kind() == Value.Kind.INT && v.number() == c.value();
                w.say("if " + name + " == " + c.value() + " (" + render(v) + "): " + result);
            }
            case EMPTY -> {
                result = v.kind() == Value.Kind.EMPTY || v.kind() == Value.Kind.INT && v.number() == 0;
                w.say("if " + name + " is empty (" + render(v) + "): " + result);
            }
            case TEST_AND_SET -> {
                result = !(v.kind() == Value.Kind.INT && v.number() != 0);
                w.fields.set(at, Value.integer(1));
                w.say("test_and_set(" + name + ") " + (result ? "wins the claim" : "loses: already claimed"));
            }
            default -> throw new IllegalStateException(c.kind().name());
        }
        return result;
    }

    /** A short rendering of a value for traces. */
    static String render(Value v) {
        return switch (v.kind()) {
            case EMPTY -> "empty";
            case INT -> Integer.toString(v.number());
            case COMMAND -> "cmd#" + v.command();
            case QUEUED_HANDLE -> "queued cmd#" + v.command();
            case QUEUED_TOKEN -> "Queued(cmd#" + v.command() + ")";
            case COMPLETE_TOKEN -> "Complete(" + v.number() + ")";
        };
    }
}
