package uringcheck.model.lifecycle.abstraction;

import java.util.List;

import uringcheck.model.lifecycle.program.FlagsChoice;

/**
 * What v5 lets a driver write: the Rust rules of {@link RustApi} with
 * {@code QueuedIoUringCmd::complete_in_task} (v5 2/4) and its public task-work issue-flags constant,
 * usable from any context (SPEC §7 D), plus the cancel binding a later patch would add the obvious way:
 * {@code mark_cancelable} and the cancel call's {@code done} take the {@code u32} of the running call
 * ({@code forwarded}: inside uring_cmd and the cancel call that is the only mask in scope), and the
 * cancel call hands the driver a {@code QueuedIoUringCmd} (docs/soundness.md).
 */
final class V5Api extends RustApi {

    @Override
    public List<FlagsChoice> flagChoices() {
        return List.of(FlagsChoice.FORWARDED, FlagsChoice.UNLOCKED, FlagsChoice.TASK_WORK);
    }

    @Override
    public List<FlagsChoice> cancelFlagChoices() {
        return List.of(FlagsChoice.FORWARDED);
    }
}
