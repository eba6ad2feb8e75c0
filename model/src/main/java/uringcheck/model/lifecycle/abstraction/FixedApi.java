package uringcheck.model.lifecycle.abstraction;

import java.util.List;
import java.util.Optional;

import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Statement;

/**
 * What the sound shape's signatures let a driver write (docs/soundness.md; its run-time rules F1, F4
 * and F5 are {@link FixedSemantics}):
 * <ul>
 *   <li>F2, lifetime: the fresh {@code IoUringCmd<'a>} is tied to the callback, so no field holds it (the
 *       Rust rules of {@link RustApi} already keep a fresh command out of fields);</li>
 *   <li>F3, capability: the callbacks the core calls with a mask of their own (uring_cmd, cancel, task
 *       work) receive an {@code IssueCap} borrowed for the call, and {@code done(cap)} /
 *       {@code mark_cancelable(cap)} pass exactly that mask ({@code flags: current});
 *       {@code done_unlocked()} ({@code flags: unlocked}) needs the {@code Sleepable} witness that only a
 *       work item and {@code release} receive. No other mask can be written: {@code done} takes no
 *       {@code u32};</li>
 *   <li>F6, cancel view: a cancel call gets a {@code CancelIoUringCmd<'a>}, which has no {@code done}.</li>
 * </ul>
 */
final class FixedApi extends RustApi {

    private static final String NOT_SAFE_RUST_HERE = "would not compile in safe Rust under abstraction: fixed: ";

    @Override
    public Optional<LocalType> cmd(HandlerKind kind) {
        return kind == HandlerKind.CANCEL ? Optional.of(LocalType.COMMAND) : super.cmd(kind);
    }

    @Override
    public Optional<String> reject(Statement s, HandlerKind in) {
        if (s instanceof Done d) {
            return done(d, in);
        }
        if (s instanceof MarkCancelable m) {
            return markCancelable(m, in);
        }
        return super.reject(s, in);
    }

    /** Whether handlers of {@code kind} receive an {@code IssueCap} (the core called them with a mask). */
    private static boolean hasCap(HandlerKind kind) {
        return kind == HandlerKind.URING_CMD || kind == HandlerKind.CANCEL || kind == HandlerKind.TASK_WORK;
    }

    private static Optional<String> done(Done s, HandlerKind kind) {
        if (s.flags() == FlagsChoice.CURRENT && hasCap(kind)) {
            return Optional.empty();
        }
        if (s.flags() == FlagsChoice.UNLOCKED && (kind == HandlerKind.KWORKER || kind == HandlerKind.RELEASE)) {
            return Optional.empty();
        }
        return Optional.of(NOT_SAFE_RUST_HERE + (hasCap(kind)
                ? "done takes the IssueCap of the running callback: use flags: current"
                : kind == HandlerKind.IRQ
                ? "an IRQ handler has neither an IssueCap nor the Sleepable witness of done_unlocked:"
                        + " bounce through complete_in_task"
                : "done_unlocked() is the only completion outside a callback: use flags: unlocked"));
    }

    private static Optional<String> markCancelable(MarkCancelable s, HandlerKind kind) {
        if (s.flags() == FlagsChoice.CURRENT && hasCap(kind)) {
            return Optional.empty();
        }
        return Optional.of(NOT_SAFE_RUST_HERE + "mark_cancelable takes the IssueCap of a running callback: use"
                + " flags: current in uring_cmd or a task-work callback");
    }

    @Override
    public List<FlagsChoice> flagChoices() {
        return List.of(FlagsChoice.CURRENT, FlagsChoice.UNLOCKED);
    }

    @Override
    public List<FlagsChoice> cancelFlagChoices() {
        return List.of(FlagsChoice.CURRENT);
    }

    @Override
    public Optional<String> capability() {
        return Optional.of("IssueCap");
    }
}
