package uringcheck.model.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * Small builders for the driver programs and environments of the model's mechanism tests. Programs that
 * stand for a catalogue scenario are YAML files in the checks module, not built here.
 */
final class Programs {

    static final String CMD = Handler.CMD;

    /** The events an environment may allow (the scenario file's {@code events:} words). */
    enum Event { RING_EXIT, TASK_EXIT, FILE_CLOSE, SQ_REUSE, EXEC, SHARED_RING }

    /**
     * An environment under construction: {@code env(2).slots(1).events(Event.RING_EXIT).build()}.
     *
     * @param commands commands submitted
     * @param mode     how every command is submitted
     * @param slots    request slots in the ring's cache
     * @param events   the events that may happen
     */
    record Env(int commands, SubmitMode mode, int slots, Set<Event> events) {

        Env slots(int n) {
            return new Env(commands, mode, n, events);
        }

        /** Every command submitted with {@code IOSQE_ASYNC}, through io-wq. */
        Env iowq() {
            return new Env(commands, SubmitMode.IOWQ, slots, events);
        }

        Env events(Event... more) {
            Set<Event> all = events.isEmpty() ? EnumSet.noneOf(Event.class) : EnumSet.copyOf(events);
            all.addAll(List.of(more));
            return new Env(commands, mode, slots, all);
        }

        Environment build() {
            return new Environment(new ArrayList<>(Collections.nCopies(commands, mode)), slots,
                    events.contains(Event.RING_EXIT), events.contains(Event.TASK_EXIT),
                    events.contains(Event.FILE_CLOSE), events.contains(Event.SQ_REUSE), events.contains(Event.EXEC),
                    events.contains(Event.SHARED_RING));
        }
    }

    private Programs() {
    }

    /** {@code commands} inline commands, one slot each, no events. */
    static Env env(int commands) {
        return new Env(commands, SubmitMode.INLINE, commands, Set.of());
    }

    static Environment inline(int commands) {
        return env(commands).build();
    }

    static Handler handler(String name, HandlerKind kind, Statement... body) {
        return new Handler(name, kind, List.of(body), Pos.NONE);
    }

    static Handler uringCmd(Statement... body) {
        return handler("uring_cmd", HandlerKind.URING_CMD, body);
    }

    static DriverProgram program(List<FieldDecl> fields, List<LockDecl> locks, Handler... handlers) {
        return new DriverProgram(fields, locks, List.of(handlers));
    }

    static FieldDecl perCommand(String name, FieldDecl.Kind kind) {
        return new FieldDecl(name, kind, true, 0, Pos.NONE);
    }

    static FieldDecl shared(String name, FieldDecl.Kind kind) {
        return new FieldDecl(name, kind, false, 0, Pos.NONE);
    }

    static Statement queue() {
        return new Queue(CMD, "q", "t", Pos.NONE);
    }

    static Return ret(ReturnValue v) {
        return new Return(v, Pos.NONE);
    }
}
