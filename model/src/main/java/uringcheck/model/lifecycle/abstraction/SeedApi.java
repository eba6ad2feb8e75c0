package uringcheck.model.lifecycle.abstraction;

import java.util.List;
import java.util.Optional;

import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Statement;

/**
 * What the seed patches let a driver write: the Rust rules of {@link RustApi}, no binding for
 * {@code io_uring_cmd_complete_in_task} nor for {@code io_uring_cmd_mark_cancelable} (so no task-work
 * and no cancel handler, SPEC §7 F), and {@code done} takes any {@code u32}: the mask the driver was
 * called with ({@code forwarded}) or {@code IO_URING_F_UNLOCKED}.
 */
final class SeedApi extends RustApi {

    @Override
    public boolean binds(HandlerKind kind) {
        return kind != HandlerKind.CANCEL && kind != HandlerKind.TASK_WORK;
    }

    @Override
    public Optional<String> reject(Handler h) {
        return switch (h.kind()) {
            case CANCEL -> Optional.of("the seed abstraction has no cancel support (SPEC §7 F: there is no"
                    + " binding for io_uring_cmd_mark_cancelable): remove 'cancel' or use abstraction: c");
            case TASK_WORK -> Optional.of("handler '" + h.name() + "' has context task_work, but the seed"
                    + " abstraction has no binding for io_uring_cmd_complete_in_task: use context kworker,"
                    + " or abstraction: c");
            case URING_CMD, RELEASE, KWORKER, IRQ -> Optional.empty();
        };
    }

    @Override
    public Optional<String> absent(Statement s) {
        if (s instanceof CompleteInTask) {
            return Optional.of("the seed abstraction has no binding for io_uring_cmd_complete_in_task: use"
                    + " abstraction: c, or complete from a kworker with done");
        }
        if (s instanceof MarkCancelable) {
            return Optional.of("the seed abstraction has no binding for io_uring_cmd_mark_cancelable (SPEC §7 F):"
                    + " use abstraction: c");
        }
        return Optional.empty();
    }

    @Override
    public List<FlagsChoice> flagChoices() {
        return List.of(FlagsChoice.FORWARDED, FlagsChoice.UNLOCKED);
    }

    @Override
    public List<FlagsChoice> cancelFlagChoices() {
        return List.of();
    }
}
