package uringcheck.model.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * Small builders for driver programs and environments in tests; shared with the checks module's tests
 * through this module's test jar.
 */
public final class Programs {

    public static final String CMD = Handler.CMD;

    private Programs() {
    }

    public static Environment env(int commands, int slots, SubmitMode mode, boolean ringExit, boolean taskExit,
                           boolean fileClose, boolean sqReuse) {
        return new Environment(new ArrayList<>(Collections.nCopies(commands, mode)), slots, ringExit, taskExit,
                fileClose, sqReuse);
    }

    public static Environment inline(int commands) {
        return env(commands, commands, SubmitMode.INLINE, false, false, false, false);
    }

    public static Handler handler(String name, HandlerKind kind, Statement... body) {
        return new Handler(name, kind, List.of(body), Pos.NONE);
    }

    public static Handler uringCmd(Statement... body) {
        return handler("uring_cmd", HandlerKind.URING_CMD, body);
    }

    public static DriverProgram program(List<FieldDecl> fields, List<LockDecl> locks, Handler... handlers) {
        return new DriverProgram(fields, locks, List.of(handlers));
    }

    public static FieldDecl perCommand(String name, FieldDecl.Kind kind) {
        return new FieldDecl(name, kind, true, 0, Pos.NONE);
    }

    public static FieldDecl shared(String name, FieldDecl.Kind kind) {
        return new FieldDecl(name, kind, false, 0, Pos.NONE);
    }

    public static Statement queue() {
        return new Queue(CMD, "q", "t", Pos.NONE);
    }

    public static Return ret(ReturnValue v) {
        return new Return(v, Pos.NONE);
    }
}
