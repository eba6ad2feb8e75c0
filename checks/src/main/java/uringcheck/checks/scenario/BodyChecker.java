package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.abstraction.ApiRules;
import uringcheck.model.lifecycle.abstraction.LocalType;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.CopyFromUser;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.AddField;
import uringcheck.model.lifecycle.program.Clear;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ReadCmdOp;
import uringcheck.model.lifecycle.program.ReadFile;
import uringcheck.model.lifecycle.program.ReadPdu;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.StatementVisitor;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;

/**
 * Walks one handler's body path by path, tracking which locals are bound, which are moved and which
 * locks are held ({@link Scope}). Each visit returns whether the statement ends the path (a return, or
 * an if, choose or may_fail all of whose paths return).
 *
 * <p>This class does flow analysis only: locals and their types per path, moves, and the lock
 * discipline. What the abstraction's API allows (which statements exist, the type of {@code cmd} in each
 * handler, flag and return rules) it asks {@link ApiRules}, and reports the answer at the statement.
 */
final class BodyChecker implements StatementVisitor<Boolean> {

    private final Declarations declarations;
    private final ApiRules api;
    /** Using a handle or token moves it (Rust ownership); under C a pointer is only copied. */
    private final boolean moves;
    private final Handler handler;
    private Scope scope = new Scope();
    /** The variables of the loops enclosing the statement being checked, innermost last. */
    private final java.util.Deque<String> loops = new java.util.ArrayDeque<>();

    BodyChecker(Declarations declarations, Abstraction abstraction, Handler handler) {
        this.declarations = declarations;
        this.api = abstraction.api();
        this.moves = abstraction.semantics().movesValues();
        this.handler = handler;
    }

    /** Checks the whole handler. */
    void check() {
        api.cmd(handler.kind()).ifPresent(type ->
                scope.locals.put(Handler.CMD, new Scope.Binding(type, handler.line(), 0)));
        boolean ended = block(handler.body());
        if (!ended) {
            int last = handler.body().isEmpty() ? handler.line() : lastLine(handler.body());
            if (handler.kind() == HandlerKind.URING_CMD) {
                declarations.problems().at(last, 0, "uring_cmd can reach its end after line " + last
                        + " without a return: every path of uring_cmd must end with return: {ok: ...}, {err: ...}"
                        + (api.rawReturns() ? " or {raw: ...}" : ""));
            } else {
                for (Map.Entry<String, Integer> held : scope.held.entrySet()) {
                    declarations.problems().at(last, 0, "lock '" + held.getKey() + "' (taken at line "
                            + held.getValue() + ") is still held at the end of " + handler.name() + ": add unlock: "
                            + held.getKey() + " as its last statement");
                }
            }
        }
    }

    private static int lastLine(List<Statement> body) {
        Statement last = body.get(body.size() - 1);
        int line = last.line();
        for (List<Statement> block : last.blocks()) {
            if (!block.isEmpty()) {
                line = Math.max(line, lastLine(block));
            }
        }
        return line;
    }

    /**
     * Checks a block; true when every path through it returned. A statement the API has no binding for
     * is reported and skipped.
     */
    private boolean block(List<Statement> body) {
        int endedAt = 0;
        for (Statement s : body) {
            if (endedAt != 0) {
                error(s, "unreachable statement: the return at line " + endedAt + " already ended every path"
                        + " here; remove it or move it before the return");
                return true;
            }
            Optional<String> absent = api.absent(s);
            if (absent.isPresent()) {
                error(s, absent.get());
            } else if (s.accept(this)) {
                endedAt = s.line();
            }
        }
        return endedAt != 0;
    }

    private void error(Statement s, String message) {
        declarations.error(s, message);
    }

    /** The field {@code name} used by {@code what}, resolved for this handler and the loops around {@code s}. */
    private FieldDecl field(Statement s, String name, String what) {
        return declarations.field(s, handler, !loops.isEmpty(), name, what);
    }

    /**
     * Reports {@code word} inside a loop: it acts on the command being issued, and one iteration's step
     * would act on it once per command.
     */
    private boolean inLoop(Statement s, String word) {
        if (loops.isEmpty()) {
            return false;
        }
        error(s, word + " inside for_each (loop over '" + loops.peekLast() + "'): it acts on the command being"
                + " issued, once, not on each command of the walk; move it after the loop");
        return true;
    }

    /** Reports the API's objection to {@code s} in this handler, if any; true when there was one. */
    private boolean rejected(Statement s) {
        Optional<String> problem = api.reject(s, handler.kind());
        problem.ifPresent(m -> error(s, m));
        return problem.isPresent();
    }

    /**
     * Resolves a use of local {@code name} by {@code s}; reports unbound and moved locals, a type the
     * API gives no such operation, and wrongly typed locals. Returns the binding or null.
     */
    private Scope.Binding use(Statement s, String name, String what, List<LocalType> accepted) {
        Scope.Binding b = scope.locals.get(name);
        if (b == null) {
            if (name.equals(Handler.CMD)) {
                error(s, "'cmd' is not bound in " + Vocabulary.word(handler.kind()) + " handler '" + handler.name()
                        + "': " + unboundCmdReason());
            } else {
                List<String> bound = new ArrayList<>(scope.locals.keySet());
                error(s, "undefined local '" + name + "' in " + what + ": "
                        + (bound.isEmpty() ? "no locals are bound here"
                        : "the locals bound here are " + Suggestions.list(bound))
                        + (accepted.equals(ERRNO) ? "; an errno is bound by may_fail: {call: f, errno: E, into: "
                        + name + "}, inside its on_failure" : "; bind it first with queue, complete or load")
                        + Suggestions.didYouMean(name, bound));
            }
            return null;
        }
        if (b.movedAt() != 0) {
            error(s, ApiRules.NOT_SAFE_RUST + "use of moved value '" + name + "' (moved at line " + b.movedAt()
                    + ")");
            return null;
        }
        Optional<String> lacking = api.reject(s, b.type());
        if (lacking.isPresent()) {
            error(s, lacking.get());
            return null;
        }
        if (!accepted.contains(b.type())) {
            error(s, "'" + name + "' is " + b.type().phrase() + " (bound at line " + b.boundAt() + "), but " + what
                    + " needs " + phrases(accepted) + api.mismatchHint(b.type(), accepted, what));
            return null;
        }
        return b;
    }

    private String unboundCmdReason() {
        return switch (handler.kind()) {
            case KWORKER, IRQ -> "a work item or interrupt receives no command; store the handle in a device"
                    + " field in uring_cmd (store: {field: f, from: h}) and load it here (load: {field: f, into: h})";
            case RELEASE -> "release runs for the file after every command on it is freed, so it has no command";
            case URING_CMD, CANCEL, TASK_WORK -> "it is bound in this handler";
        };
    }

    private static String phrases(List<LocalType> types) {
        List<String> out = new ArrayList<>();
        for (LocalType t : types) {
            out.add(t.phrase());
        }
        return String.join(" or ", out);
    }

    /** Moves the local where the API moves values (Rust ownership); under C a pointer is only copied. */
    private void move(String name, Statement s) {
        Scope.Binding b = scope.locals.get(name);
        if (moves && b != null) {
            scope.locals.put(name, b.moved(s.line()));
        }
    }

    private void bind(Statement s, String name, LocalType type) {
        if (name.equals(Handler.CMD)) {
            error(s, "'cmd' is reserved for the command the handler runs for: choose another name");
            return;
        }
        if (loops.contains(name)) {
            error(s, "'" + name + "' is the variable of the enclosing for_each (the index of its command): choose"
                    + " another name");
            return;
        }
        Scope.Binding old = scope.locals.get(name);
        if (old != null) {
            error(s, "'" + name + "' is already bound (line " + old.boundAt() + "): use a new name (locals are"
                    + " never rebound, so each name means one thing in a trace)");
            return;
        }
        scope.locals.put(name, new Scope.Binding(type, s.line(), 0));
    }

    private void onlyIn(Statement s, String word, HandlerKind kind, String why) {
        if (handler.kind() != kind) {
            error(s, word + " is only available in " + Vocabulary.word(kind) + ": " + why);
        }
    }

    private static final List<LocalType> COMMAND_OR_HANDLE = List.of(LocalType.COMMAND, LocalType.HANDLE);
    private static final List<LocalType> HANDLE = List.of(LocalType.HANDLE);
    private static final List<LocalType> TOKEN = List.of(LocalType.TOKEN);
    private static final List<LocalType> ERRNO = List.of(LocalType.ERRNO);

    /** The type of the command {@code uring_cmd} is issued with, which queue and complete turn into values. */
    private LocalType freshCommand() {
        return api.cmd(HandlerKind.URING_CMD).orElseThrow();
    }

    @Override
    public Boolean readPdu(ReadPdu s) {
        use(s, s.handle(), "read_pdu", COMMAND_OR_HANDLE);
        declarations.pduField(s, s.field(), "read_pdu");
        return false;
    }

    @Override
    public Boolean writePdu(WritePdu s) {
        use(s, s.handle(), "write_pdu", COMMAND_OR_HANDLE);
        declarations.pduField(s, s.field(), "write_pdu");
        return false;
    }

    @Override
    public Boolean assertPdu(AssertPdu s) {
        use(s, s.handle(), "assert_pdu", COMMAND_OR_HANDLE);
        declarations.pduField(s, s.field(), "assert_pdu");
        return false;
    }

    @Override
    public Boolean readCmdOp(ReadCmdOp s) {
        use(s, s.handle(), "read_cmd_op", COMMAND_OR_HANDLE);
        return false;
    }

    @Override
    public Boolean readFile(ReadFile s) {
        use(s, s.handle(), "read_file", COMMAND_OR_HANDLE);
        return false;
    }

    @Override
    public Boolean readSqe(ReadSqe s) {
        rejected(s);
        use(s, s.handle(), "read_sqe", COMMAND_OR_HANDLE);
        return false;
    }

    @Override
    public Boolean copyFromUser(CopyFromUser s) {
        onlyIn(s, "copy_from_user", HandlerKind.URING_CMD, "it reads the submitter's user memory, which the issue"
                + " (inline, or io-wq sharing the task's mm) can reach; a kworker or IRQ has no user mm and task work"
                + " may run in the fallback kworker (O11): copy in the issue and keep the copy");
        return false;
    }

    @Override
    public Boolean queue(Queue s) {
        if (inLoop(s, "queue")) {
            return false;
        }
        onlyIn(s, "queue", HandlerKind.URING_CMD, "it turns the command being issued into a queued handle");
        if (handler.kind() != HandlerKind.URING_CMD) {
            return false;
        }
        rejected(s);
        if (use(s, s.command(), "queue", List.of(freshCommand())) != null) {
            move(s.command(), s);
        }
        bind(s, s.handle(), LocalType.HANDLE);
        if (s.token() != null && api.hasTokens()) {
            bind(s, s.token(), LocalType.TOKEN);
        }
        return false;
    }

    @Override
    public Boolean complete(Complete s) {
        if (inLoop(s, "complete")) {
            return false;
        }
        onlyIn(s, "complete", HandlerKind.URING_CMD, "it completes the command being issued");
        if (handler.kind() != HandlerKind.URING_CMD) {
            return false;
        }
        if (use(s, s.command(), "complete", List.of(freshCommand())) != null) {
            move(s.command(), s);
        }
        bind(s, s.token(), LocalType.TOKEN);
        return false;
    }

    @Override
    public Boolean returnResult(Return s) {
        if (inLoop(s, "return")) {
            return true;
        }
        if (handler.kind() != HandlerKind.URING_CMD) {
            error(s, "return is only for uring_cmd, whose return value is the issue result; "
                    + Vocabulary.word(handler.kind()) + " handler '" + handler.name()
                    + "' ends after its last statement: remove the return");
            return true;
        }
        ReturnValue v = s.value();
        if (!rejected(s) && v.kind() == ReturnValue.Kind.TOKEN && use(s, v.token(), "return", TOKEN) != null) {
            move(v.token(), s);
        }
        if (v.kind() == ReturnValue.Kind.LOCAL) {
            use(s, v.token(), "return: {local: ...}", ERRNO);
        }
        for (Map.Entry<String, Integer> held : scope.held.entrySet()) {
            error(s, "lock '" + held.getKey() + "' (taken at line " + held.getValue() + ") is still held at this"
                    + " return: add unlock: " + held.getKey() + " before it");
        }
        return true;
    }

    @Override
    public Boolean done(Done s) {
        rejected(s);
        if (s.retLocal() != null) {
            use(s, s.retLocal(), "done's ret", ERRNO);
        }
        if (use(s, s.handle(), "done", HANDLE) != null) {
            move(s.handle(), s);
        }
        return false;
    }

    @Override
    public Boolean completeInTask(CompleteInTask s) {
        use(s, s.handle(), "complete_in_task", HANDLE);
        declarations.start(s, "complete_in_task", s.handler(), HandlerKind.TASK_WORK);
        return false;
    }

    @Override
    public Boolean markCancelable(MarkCancelable s) {
        rejected(s);
        use(s, s.handle(), "mark_cancelable", HANDLE);
        declarations.markedCancelable();
        return false;
    }

    @Override
    public Boolean scheduleWork(ScheduleWork s) {
        declarations.start(s, "schedule_work", s.handler(), HandlerKind.KWORKER);
        return false;
    }

    @Override
    public Boolean raiseIrq(RaiseIrq s) {
        declarations.start(s, "raise_irq", s.handler(), HandlerKind.IRQ);
        return false;
    }

    @Override
    public Boolean store(Store s) {
        FieldDecl f = field(s, s.field(), "store");
        if (f == null) {
            return false;
        }
        declarations.fieldKind(s, f, "store", List.of(FieldDecl.Kind.HANDLE, FieldDecl.Kind.TOKEN));
        if (f.kind() == FieldDecl.Kind.INT) {
            return false;
        }
        LocalType wanted = f.kind() == FieldDecl.Kind.HANDLE ? LocalType.HANDLE : LocalType.TOKEN;
        if (use(s, s.local(), "store into " + Vocabulary.word(f.kind()) + " field '" + f.name() + "'",
                List.of(wanted)) != null) {
            move(s.local(), s);
        }
        return false;
    }

    @Override
    public Boolean load(Load s) {
        FieldDecl f = field(s, s.field(), "load");
        if (f == null) {
            return false;
        }
        declarations.fieldKind(s, f, "load", List.of(FieldDecl.Kind.HANDLE, FieldDecl.Kind.TOKEN));
        if (f.kind() != FieldDecl.Kind.INT) {
            bind(s, s.local(), f.kind() == FieldDecl.Kind.HANDLE ? LocalType.HANDLE : LocalType.TOKEN);
        }
        return false;
    }

    @Override
    public Boolean clear(Clear s) {
        declarations.fieldKind(s, field(s, s.field(), "clear"), "clear",
                List.of(FieldDecl.Kind.HANDLE, FieldDecl.Kind.TOKEN));
        return false;
    }

    @Override
    public Boolean setField(SetField s) {
        declarations.fieldKind(s, field(s, s.field(), "set"), "set",
                List.of(FieldDecl.Kind.INT));
        return false;
    }

    @Override
    public Boolean ifThenElse(If s) {
        Condition c = s.condition();
        if (c.kind().onField()) {
            FieldDecl f = field(s, c.field(), "the if test");
            if (c.kind().comparison()) {
                declarations.fieldKind(s, f, "a comparison", List.of(FieldDecl.Kind.INT));
            } else if (c.kind() == Condition.Kind.TEST_AND_SET) {
                declarations.fieldKind(s, f, "test_and_set", List.of(FieldDecl.Kind.INT));
            } else {
                declarations.fieldKind(s, f, "an empty test", List.of(FieldDecl.Kind.HANDLE, FieldDecl.Kind.TOKEN));
            }
        } else {
            callbackTest(s, c);
        }
        return paths(s, List.of("then", "else"), s.blocks(), null);
    }

    @Override
    public Boolean choose(Choose s) {
        return paths(s, s.names(), s.blocks(), null);
    }

    @Override
    public Boolean mayFail(MayFail s) {
        return paths(s, List.of("on_success", "on_failure"), s.blocks(), s.into());
    }

    /**
     * Checks the blocks a statement chooses between (named {@code names}) as separate paths, each from a
     * copy of the scope, the last block with {@code failureLocal} (if any) bound to an errno; returns
     * whether every path returned. Locals bound inside a block go out of scope after it; a local moved on
     * any path counts as moved; every path that goes on must hold the same locks.
     */
    private boolean paths(Statement s, List<String> names, List<List<Statement>> blocks, String failureLocal) {
        Scope before = scope;
        List<Scope> live = new ArrayList<>();
        List<String> liveNames = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            scope = before.copy();
            if (failureLocal != null && i == blocks.size() - 1) {
                bind(s, failureLocal, LocalType.ERRNO);
            }
            if (!block(blocks.get(i))) {
                live.add(scope);
                liveNames.add(names.get(i));
            }
        }
        scope = before;
        if (live.isEmpty()) {
            return true;
        }
        for (int i = 1; i < live.size(); i++) {
            if (!live.get(i).held.keySet().equals(live.get(0).held.keySet())) {
                String what = s instanceof If ? "the branches of this if" : s instanceof Choose
                        ? "the alternatives of this choose" : "the success and failure paths of this may_fail";
                error(s, what + " leave different locks held (" + liveNames.get(0) + ": " + live.get(0).held.keySet()
                        + ", " + liveNames.get(i) + ": " + live.get(i).held.keySet() + "): take and release each"
                        + " lock on " + (s instanceof If ? "both branches" : "every path"));
                break;
            }
        }
        scope = before.merge(live);
        return false;
    }

    /**
     * A test of what the core gave the running callback is legal only in a callback that received it
     * (SPEC §5: a work item, an interrupt and {@code release} get no {@code issue_flags}); then the API
     * may still have no way to write it.
     */
    private void callbackTest(If s, Condition c) {
        HandlerKind kind = handler.kind();
        String word = Vocabulary.word(kind);
        switch (c.kind()) {
            case ISSUE_FLAG -> {
                if (kind != HandlerKind.URING_CMD && kind != HandlerKind.CANCEL && kind != HandlerKind.TASK_WORK) {
                    error(s, "a " + word + " handler receives no issue_flags (the core calls only uring_cmd,"
                            + " cancel and task-work callbacks with a mask): test them there, or record what you"
                            + " need in a field");
                    return;
                }
            }
            case CMD_FLAG -> {
                if (api.cmd(kind).isEmpty()) {
                    error(s, "cmd->flags needs the command, and a " + word + " handler receives none: test them"
                            + " in uring_cmd, cancel or a task-work callback");
                    return;
                }
            }
            case CMD_OP -> {
                if (api.cmd(kind).isEmpty()) {
                    error(s, "cmd->cmd_op needs the command, and a " + word + " handler receives none: test it in"
                            + " uring_cmd, cancel or a task-work callback, or record what you need in a field");
                    return;
                }
            }
            case SQE_EQUALS -> {
                if (kind != HandlerKind.URING_CMD) {
                    error(s, "the SQE is read during the issue: test sqe->" + c.field() + " in uring_cmd and record"
                            + " what a " + word + " handler needs in a field (after the issue the SQ ring slot is"
                            + " userspace's again, O7)");
                    return;
                }
            }
            default -> {
                if (kind != HandlerKind.TASK_WORK) {
                    error(s, "tw.cancel is the state of a task-work run: only a task_work handler receives it");
                    return;
                }
            }
        }
        rejected(s);
    }

    @Override
    public Boolean addField(AddField s) {
        declarations.fieldKind(s, field(s, s.field(), s.amount() < 0 ? "subtract" : "add"),
                s.amount() < 0 ? "subtract" : "add", List.of(FieldDecl.Kind.INT));
        return false;
    }

    /**
     * Checks one iteration of the loop body. Locals bound in it go out of scope after the loop; the body
     * runs once per command, so it may not move a value bound before the loop (the second iteration would
     * use a moved value: rustc's E0382 in a loop) and must leave the locks it found.
     */
    @Override
    public Boolean forEach(ForEach s) {
        String var = s.var();
        if (var.equals(Handler.CMD) || scope.locals.containsKey(var) || loops.contains(var)) {
            error(s, "loop variable '" + var + "' is already bound here: choose another name");
        }
        Scope before = scope;
        scope = before.copy();
        loops.addLast(var);
        boolean ended = block(s.body());
        loops.removeLast();
        Scope after = ended ? null : scope;
        if (after != null) {
            for (Map.Entry<String, Scope.Binding> e : before.locals.entrySet()) {
                Scope.Binding now = after.locals.get(e.getKey());
                if (e.getValue().movedAt() == 0 && now != null && now.movedAt() != 0) {
                    error(s, ApiRules.NOT_SAFE_RUST + "the body of this for_each moves '" + e.getKey() + "' (at line "
                            + now.movedAt() + "), bound before the loop at line " + e.getValue().boundAt()
                            + ": the next iteration would use the moved value; load the value inside the loop"
                            + " (load: {field: f, into: h}) so each iteration owns its own");
                }
            }
            if (!after.held.keySet().equals(before.held.keySet())) {
                error(s, "one iteration of this for_each changes the locks held (before: " + before.held.keySet()
                        + ", after: " + after.held.keySet() + "): take and release each lock inside the body");
            }
        }
        scope = after == null ? before : before.merge(List.of(after));
        return false;
    }

    @Override
    public Boolean lock(Lock s) {
        LockDecl l = declarations.lock(s, s.lock(), "lock");
        if (l == null) {
            return false;
        }
        if (l.kind() == LockDecl.Kind.MUTEX && handler.kind() == HandlerKind.IRQ) {
            error(s, "mutex '" + l.name() + "' may sleep, and an IRQ handler runs in atomic context: declare it"
                    + " kind: spin, or take it in a kworker");
        }
        Integer heldAt = scope.held.get(l.name());
        if (heldAt != null) {
            error(s, "lock '" + l.name() + "' is already held here (taken at line " + heldAt + "): taking it"
                    + " again self-deadlocks; unlock it first");
            return false;
        }
        scope.held.put(l.name(), s.line());
        return false;
    }

    @Override
    public Boolean unlock(Unlock s) {
        LockDecl l = declarations.lock(s, s.lock(), "unlock");
        if (l != null && scope.held.remove(l.name()) == null) {
            error(s, "unlock of '" + l.name() + "', which this path of " + handler.name() + " does not hold:"
                    + " add lock: " + l.name() + " before it, or remove the unlock");
        }
        return false;
    }

}
