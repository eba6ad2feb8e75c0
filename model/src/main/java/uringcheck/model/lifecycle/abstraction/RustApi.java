package uringcheck.model.lifecycle.abstraction;

import java.util.List;
import java.util.Optional;

import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.PduField;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.Statement;

/**
 * The rules every Rust abstraction shares (v4 {@code io_uring.rs} types): {@code uring_cmd} receives an
 * {@code IoUringCmd} that {@code queue()} or {@code complete()} consume, a queued handle is a
 * {@code QueuedIoUringCmd} (no {@code sqe()}), tokens exist, and {@code uring_cmd} returns
 * {@code Result<UringCmdAction>}, never an integer.
 */
public abstract class RustApi implements ApiRules {

    /** The SQE field a Rust driver reads with {@code cmd_data::<T>()}: the whole inline payload {@code sqe->cmd}. */
    public static final String SQE_PAYLOAD = "cmd";
    /** The SQE field a Rust driver reads with {@code opcode()}. */
    public static final String SQE_OPCODE = "opcode";

    @Override
    public Optional<LocalType> cmd(HandlerKind kind) {
        return switch (kind) {
            case URING_CMD -> Optional.of(LocalType.COMMAND);
            case CANCEL, TASK_WORK -> Optional.of(LocalType.HANDLE);
            case RELEASE, KWORKER, IRQ -> Optional.empty();
        };
    }

    @Override
    public boolean hasTokens() {
        return true;
    }

    @Override
    public boolean rawReturns() {
        return false;
    }

    @Override
    public Optional<String> reject(Statement s, HandlerKind in) {
        if (s instanceof Return r && r.value().kind() == ReturnValue.Kind.RAW) {
            return Optional.of(NOT_SAFE_RUST + "uring_cmd returns Result<UringCmdAction>, not an integer: use"
                    + " return: {ok: token} or return: {err: ERRNO}");
        }
        if (s instanceof ReadSqe r && r.field() != null && !r.field().equals(SQE_PAYLOAD)
                && !r.field().equals(SQE_OPCODE)) {
            return Optional.of(NOT_SAFE_RUST + "IoUringSqe offers opcode() and cmd_data::<T>(), which copies the whole"
                    + " inline payload at once, and no other field: read field: " + SQE_PAYLOAD + " (or "
                    + SQE_OPCODE + ") and take the fields from that one copy");
        }
        if (s instanceof If i && i.condition().kind() == Condition.Kind.SQE_EQUALS) {
            return Optional.of(NOT_SAFE_RUST + "IoUringSqe offers opcode() and cmd_data::<T>(), which copies the whole"
                    + " inline payload at once, and no single field to test: branch on cmd_op ({cmd_op: N}, the"
                    + " command's cmd_op()), or use abstraction: c");
        }
        if (s instanceof If i && i.condition().kind() == Condition.Kind.TW_CANCEL) {
            return Optional.of(NOT_SAFE_RUST + "the abstraction's task-work callback receives (cmd, issue_flags)"
                    + " and no io_tw_state: tw.cancel cannot be read; use abstraction: c");
        }
        return Optional.empty();
    }

    /**
     * A PDU layout is a {@code #[repr(C)]} struct read and written whole with {@code read_pdu::<T>()} and
     * {@code write_pdu(&T)}, which need {@code T: FromBytes} and {@code T: AsBytes}: integers only. A
     * pointer is neither (bytes read back would forge it; {@code rust/kernel/transmute.rs} implements the
     * traits for integers and arrays of them), so a pointer field such as nvme's {@code struct bio *bio}
     * cannot be part of the PDU type.
     */
    @Override
    public Optional<String> reject(PduField f) {
        if (f.type() == PduField.Type.PTR) {
            return Optional.of(NOT_SAFE_RUST + "read_pdu::<T>() needs T: FromBytes and write_pdu(&T) needs T: AsBytes,"
                    + " which no pointer type implements, so PDU field '" + f.name() + "' cannot be a pointer: keep"
                    + " the object in a device field (an Option<ARef<..>>) and put an integer (an index, a tag) in the"
                    + " PDU, type: u32 or u64");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> reject(Statement s, LocalType receiver) {
        if (s instanceof ReadSqe && receiver == LocalType.HANDLE) {
            return Optional.of(NOT_SAFE_RUST + "QueuedIoUringCmd has no sqe(); read the SQE through the IoUringCmd"
                    + " in uring_cmd, before queue");
        }
        return Optional.empty();
    }

    @Override
    public String mismatchHint(LocalType found, List<LocalType> accepted, String what) {
        if (found == LocalType.COMMAND && accepted.equals(List.of(LocalType.HANDLE))) {
            String why = what.startsWith("store") ? "the field holds an Option<QueuedIoUringCmd>"
                    : "IoUringCmd has no " + what + " method";
            return " (" + NOT_SAFE_RUST + why + "; queue it first: queue: {handle: h, token: t})";
        }
        return "";
    }

    @Override
    public boolean typed() {
        return true;
    }

    @Override
    public Optional<String> capability() {
        return Optional.empty();
    }
}
