package uringcheck.checks.scenario;

import java.util.Optional;

import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.MarkCancelable;

/**
 * What the fixed shape's signatures allow for issue flags (docs/soundness.md, rule F3): the callbacks the
 * core calls with a mask of their own (uring_cmd, cancel, task work) receive an {@code IssueCap} borrowed
 * for the call, and {@code done(cap)} / {@code mark_cancelable(cap)} pass exactly that mask
 * ({@code flags: current}); {@code done_unlocked()} ({@code flags: unlocked}) needs the
 * {@code Sleepable} witness that only a work item and {@code release} receive. No other mask can be
 * written: {@code done} takes no {@code u32}.
 */
final class FixedRules {

    private static final String RUST = "would not compile in safe Rust under abstraction: fixed: ";

    private FixedRules() {
    }

    /** Whether handlers of {@code kind} receive an {@code IssueCap} (the core called them with a mask). */
    static boolean hasCap(HandlerKind kind) {
        return kind == HandlerKind.URING_CMD || kind == HandlerKind.CANCEL || kind == HandlerKind.TASK_WORK;
    }

    /** The problem with {@code s} in a handler of {@code kind}, if any. */
    static Optional<String> done(Done s, HandlerKind kind) {
        if (s.flags() == FlagsChoice.CURRENT && hasCap(kind)) {
            return Optional.empty();
        }
        if (s.flags() == FlagsChoice.UNLOCKED && (kind == HandlerKind.KWORKER || kind == HandlerKind.RELEASE)) {
            return Optional.empty();
        }
        return Optional.of(RUST + (hasCap(kind)
                ? "done takes the IssueCap of the running callback: use flags: current"
                : kind == HandlerKind.IRQ
                ? "an IRQ handler has neither an IssueCap nor the Sleepable witness of done_unlocked:"
                        + " bounce through complete_in_task"
                : "done_unlocked() is the only completion outside a callback: use flags: unlocked"));
    }

    /** The problem with {@code s} in a handler of {@code kind}, if any. */
    static Optional<String> markCancelable(MarkCancelable s, HandlerKind kind) {
        if (s.flags() == FlagsChoice.CURRENT && hasCap(kind)) {
            return Optional.empty();
        }
        return Optional.of(RUST + "mark_cancelable takes the IssueCap of a running callback: use flags: current"
                + " in uring_cmd or a task-work callback");
    }
}
