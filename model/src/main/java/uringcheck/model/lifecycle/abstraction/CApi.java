package uringcheck.model.lifecycle.abstraction;

import java.util.List;
import java.util.Optional;

import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.Statement;

/**
 * What the raw C API ({@code include/linux/io_uring/cmd.h}) lets a driver write: anything at any time.
 * Every command is a {@code struct io_uring_cmd *} that copies freely, {@code uring_cmd} returns an
 * {@code int} ({@code -EIOCBQUEUED} takes the completion obligation), and there are no tokens and no
 * {@code complete()}: a result is returned directly. Any issue-flags mask can be passed.
 */
final class CApi implements ApiRules {

    @Override
    public Optional<LocalType> cmd(HandlerKind kind) {
        return switch (kind) {
            case URING_CMD, CANCEL, TASK_WORK -> Optional.of(LocalType.HANDLE);
            case RELEASE, KWORKER, IRQ -> Optional.empty();
        };
    }

    @Override
    public boolean hasTokens() {
        return false;
    }

    @Override
    public boolean rawReturns() {
        return true;
    }

    @Override
    public Optional<String> reject(FieldDecl f) {
        if (f.kind() == FieldDecl.Kind.TOKEN) {
            return Optional.of("field '" + f.name() + "' holds a token, but tokens (UringCmdAction) exist only"
                    + " under abstraction: seed; under c use holds: handle or int");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> absent(Statement s) {
        if (s instanceof Complete) {
            return Optional.of("the C API has no complete(): return the result directly, e.g. return: {raw: 0}");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> reject(Statement s, HandlerKind in) {
        if (s instanceof Queue q && q.token() != null) {
            return Optional.of("the C API has no UringCmdAction token: remove 'token:' and return -EIOCBQUEUED"
                    + " with return: {raw: -EIOCBQUEUED}");
        }
        if (s instanceof Return r && r.value().kind() == ReturnValue.Kind.TOKEN) {
            return Optional.of("Ok(token) exists only under abstraction: seed; under c return the value, e.g."
                    + " return: {raw: -EIOCBQUEUED}");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> reject(Statement s, LocalType receiver) {
        return Optional.empty();
    }

    @Override
    public String mismatchHint(LocalType found, List<LocalType> accepted, String what) {
        return "";
    }

    @Override
    public List<FlagsChoice> flagChoices() {
        return List.of(FlagsChoice.values());
    }

    @Override
    public List<FlagsChoice> cancelFlagChoices() {
        return List.of(FlagsChoice.values());
    }

    @Override
    public boolean typed() {
        return false;
    }

    @Override
    public Optional<String> capability() {
        return Optional.empty();
    }
}
