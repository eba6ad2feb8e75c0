package uringcheck.checks.soundness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.abstraction.RustApi;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.CopyFromUser;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.AddField;
import uringcheck.model.lifecycle.program.Clear;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ReadCmdOp;
import uringcheck.model.lifecycle.program.ReadFile;
import uringcheck.model.lifecycle.program.ReadPdu;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.StatementVisitor;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * Renders a driver program as Rust-like pseudo-code against the abstraction's API, one line per statement
 * with the program line it has in traces ({@code // 3}). Per-command fields are indexed by {@code this}
 * (the command the handler runs for); device-wide fields sit behind a lock. It reads like a reply on the
 * list, not like code that compiles: error handling and generics are left out.
 */
public final class RustPrinter {

    private RustPrinter() {
    }

    /** The program as pseudo-code. */
    public static String render(Abstraction abstraction, DriverProgram program) {
        StringBuilder out = new StringBuilder();
        out.append("// abstraction: ").append(abstraction.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        out.append("struct Dev {");
        List<String> fields = new ArrayList<>();
        for (FieldDecl f : program.fields()) {
            String type = switch (f.kind()) {
                case HANDLE -> "Option<QueuedIoUringCmd>";
                case TOKEN -> "Option<UringCmdAction>";
                case INT -> "u32";
            };
            fields.add(f.name() + ": " + (f.perCommand() ? "PerCmd<" + type + ">" : "Mutex<" + type + ">"));
        }
        out.append(' ').append(String.join(", ", fields)).append(" }\n");
        for (Handler h : program.handlers()) {
            String[] sig = signature(abstraction, h).split("  // ", 2);
            out.append(sig[0]).append(" {").append(sig.length > 1 ? "  // " + sig[1] : "").append('\n');
            Lines lines = new Lines(abstraction, h.kind());
            for (Statement s : h.body()) {
                out.append("    ").append(s.accept(lines)).append("  // ").append(s.line()).append('\n');
            }
            out.append("}\n");
        }
        return out.toString();
    }

    /**
     * The handler's signature. Under an API with an issue capability (docs/soundness.md F2, F3, F6) the
     * callbacks receive the capability and commands borrowed for the call, and a work item and release
     * receive the {@code Sleepable} witness; otherwise callbacks receive the {@code u32} issue flags.
     */
    private static String signature(Abstraction a, Handler h) {
        Optional<String> cap = a.api().capability();
        boolean capped = cap.isPresent();
        String capParam = cap.map(c -> "cap: &" + c + "<'_>").orElse("");
        String flags = capped ? capParam : "issue_flags: u32";
        return switch (h.kind()) {
            case URING_CMD -> "fn uring_cmd(dev: &Dev, cmd: IoUringCmd" + (capped ? "<'_>" : "") + ", " + flags
                    + ") -> Result<UringCmdAction>";
            case CANCEL -> "fn cancel(dev: &Dev, cmd: " + (capped ? "CancelIoUringCmd<'_>" : "QueuedIoUringCmd")
                    + ", " + flags + ")";
            case TASK_WORK -> "fn " + h.name() + "(dev: &Dev, cmd: QueuedIoUringCmd"
                    + (capped ? ", " + capParam : "") + ")  // task work";
            case KWORKER -> "fn " + h.name() + "(dev: &Dev" + (capped ? ", sleepable: &Sleepable" : "")
                    + ")  // work item, kworker";
            case IRQ -> "fn " + h.name() + "(dev: &Dev)  // irq handler";
            case RELEASE -> "fn release(dev: &Dev" + (capped ? ", sleepable: &Sleepable" : "") + ")";
        };
    }

    /** One statement per line. */
    private static final class Lines implements StatementVisitor<String> {
        /** Whether callbacks hold an issue capability ({@code cap}) rather than a {@code u32}. */
        private final boolean capped;
        private final HandlerKind kind;
        /** Locals loaded from a field: an {@code Option}, acted on only when it holds something. */
        private final java.util.Set<String> optional = new java.util.TreeSet<>();

        Lines(Abstraction abstraction, HandlerKind kind) {
            this.capped = abstraction.api().capability().isPresent();
            this.kind = kind;
        }

        private String flags(FlagsChoice f, String handle) {
            boolean callback = kind == HandlerKind.URING_CMD || kind == HandlerKind.CANCEL;
            return switch (f) {
                case FORWARDED -> callback ? "issue_flags" : handle + "_issue_flags /* captured in uring_cmd */";
                case CURRENT -> capped ? "cap" : "issue_flags";
                case UNLOCKED -> "IO_URING_F_UNLOCKED";
                case TASK_WORK -> "io_uring::TASK_WORK_ISSUE_FLAGS";
                case ZERO -> "0";
            };
        }

        @Override
        public String readPdu(ReadPdu s) {
            return on(s.handle(), s.field() == null ? "let _ = " + s.handle() + ".read_pdu::<u32>()?;"
                    : "let _ = " + s.handle() + ".read_pdu::<Pdu>()?." + s.field() + ";");
        }

        @Override
        public String writePdu(WritePdu s) {
            return on(s.handle(), s.field() == null ? s.handle() + ".write_pdu(&" + s.value() + "u32)?;"
                    : "{ let mut pdu = " + s.handle() + ".read_pdu::<Pdu>()?; pdu." + s.field() + " = " + s.value()
                    + "; " + s.handle() + ".write_pdu(&pdu)?; }");
        }

        @Override
        public String assertPdu(AssertPdu s) {
            return "assert_eq!(" + s.handle() + (s.field() == null ? ".read_pdu::<u32>()?, "
                    : ".read_pdu::<Pdu>()?." + s.field() + ", ") + s.expected() + ");";
        }

        @Override
        public String readCmdOp(ReadCmdOp s) {
            return "let _ = " + s.handle() + ".cmd_op();";
        }

        @Override
        public String readSqe(ReadSqe s) {
            return s.field() == null || s.field().equals(RustApi.SQE_PAYLOAD)
                    ? "let _ = " + s.handle() + ".sqe().cmd_data();"
                    : "let _ = " + s.handle() + ".sqe()." + s.field() + "();";
        }

        @Override
        public String copyFromUser(CopyFromUser s) {
            return "let " + s.buffer() + " = UserSlice::new(addr, len).reader().read()?;";
        }

        @Override
        public String readFile(ReadFile s) {
            return "let _ = " + s.handle() + ".file();";
        }

        @Override
        public String queue(Queue s) {
            return "let (" + s.token() + ", " + s.handle() + ") = " + s.command() + ".queue();";
        }

        @Override
        public String complete(Complete s) {
            return "let " + s.token() + " = " + s.command() + ".complete(" + Errno.describe(s.ret()) + ");";
        }

        @Override
        public String returnResult(Return s) {
            return switch (s.value().kind()) {
                case TOKEN -> optional.contains(s.value().token())
                        ? "return " + s.value().token() + ".ok_or(EINVAL);"
                        : "return Ok(" + s.value().token() + ");";
                case ERR -> "return Err(" + Errno.describe(s.value().value()).substring(1) + ");";
                case RAW -> "return " + Errno.describe(s.value().value()) + ";";
                case LOCAL -> "return Err(" + s.value().token() + ");";
            };
        }

        /** {@code call} on local {@code handle}, inside {@code if let Some} when the local is an Option. */
        private String on(String handle, String call) {
            return optional.contains(handle) ? "if let Some(" + handle + ") = " + handle + " { " + call + " }" : call;
        }

        @Override
        public String done(Done s) {
            String ret = s.retLocal() == null ? Errno.describe(s.ret()) : "Err(" + s.retLocal() + ")";
            if (capped) {
                return on(s.handle(), s.flags() == FlagsChoice.UNLOCKED
                        ? s.handle() + ".done_unlocked(" + ret + ", sleepable);"
                        : s.handle() + ".done(" + ret + ", " + flags(s.flags(), s.handle()) + ");");
            }
            return on(s.handle(), s.handle() + ".done(" + ret + ", 0, " + flags(s.flags(), s.handle()) + ");");
        }

        @Override
        public String completeInTask(CompleteInTask s) {
            return on(s.handle(), s.handle() + ".complete_in_task(" + s.handler() + ");");
        }

        @Override
        public String markCancelable(MarkCancelable s) {
            return on(s.handle(), s.handle() + ".mark_cancelable(" + flags(s.flags(), s.handle()) + ");");
        }

        @Override
        public String scheduleWork(ScheduleWork s) {
            return "workqueue::system().enqueue(" + s.handler() + ");";
        }

        @Override
        public String raiseIrq(RaiseIrq s) {
            return "/* the device raises an interrupt: " + s.handler() + " runs */";
        }

        @Override
        public String store(Store s) {
            String value = optional.contains(s.local()) ? s.local() : "Some(" + s.local() + ")";
            return field(s.field()) + " = " + value + ";";
        }

        @Override
        public String load(Load s) {
            optional.add(s.local());
            return "let " + s.local() + " = " + field(s.field()).replace("*", "") + ".take();";
        }

        private static String field(String name) {
            return name.equals(SweepVocabulary.HANDLE_FIELD) ? "dev." + name + "[this]" : "*dev." + name + ".lock()";
        }

        @Override
        public String clear(Clear s) {
            return field(s.field()) + " = None;";
        }

        @Override
        public String setField(SetField s) {
            return "dev." + s.field() + " = " + s.value() + ";";
        }

        @Override
        public String addField(AddField s) {
            return "dev." + s.field() + (s.amount() < 0 ? " -= " + -s.amount() : " += " + s.amount()) + ";";
        }

        @Override
        public String ifThenElse(If s) {
            Condition c = s.condition();
            String test = switch (c.kind()) {
                case ISSUE_FLAG -> capped ? "cap.flags() & " + bit(c.value()) + " != 0"
                        : "issue_flags & " + bit(c.value()) + " != 0";
                case CMD_FLAG -> "cmd.flags() & " + (c.value() == IssueFlags.CMD_REISSUE
                        ? "IORING_URING_CMD_REISSUE" : "IORING_URING_CMD_CANCELABLE") + " != 0";
                case TW_CANCEL -> "tw.cancel";
                case CMD_OP -> "cmd.cmd_op() == " + c.value();
                case SQE_EQUALS -> "cmd.sqe()." + c.field() + "() == " + c.value();
                default -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + "(" + c.field() + ")";
            };
            return "if " + test + " { .. } else { .. }";
        }

        @Override
        public String choose(Choose s) {
            return "match /* nondeterministic */ { " + String.join(" => { .. }, ", s.names()) + " => { .. } }";
        }

        @Override
        public String mayFail(MayFail s) {
            return "if let Err(" + (s.into() == null ? "_" : s.into()) + ") = " + s.call() + "() { .. }";
        }

        private static String bit(int flag) {
            return "IO_URING_F_" + IssueFlags.render(flag);
        }

        @Override
        public String forEach(ForEach s) {
            return "for " + s.var() + " in 0..dev.nr_cmds { .. }  // each tag: PerCmd::get_mut(" + s.var() + ")";
        }

        @Override
        public String lock(Lock s) {
            return "let _g = dev." + s.lock() + ".lock();";
        }

        @Override
        public String unlock(Unlock s) {
            return "drop(_g); // " + s.lock();
        }
    }
}
