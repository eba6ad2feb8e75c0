package uringcheck.model.concurrent;

import uringcheck.model.rules.IssueFlags;

import static uringcheck.model.rules.IssueFlags.COMPLETE_DEFER;
import static uringcheck.model.rules.IssueFlags.UNLOCKED;
import static uringcheck.model.rules.IssueFlags.has;

/**
 * The issue_flags rules of O5 (SPEC §1, §5, cmd.h) that {@code done} and {@code mark_cancelable} assert
 * before any side effect, given what the runtime knows about the calling thread.
 */
final class FlagDiscipline {

    private FlagDiscipline() {
    }

    /**
     * What is wrong with passing {@code flags} from {@code frame}, or {@code null} when nothing is:
     * {@code UNLOCKED} never with {@code COMPLETE_DEFER} (the core WARNs and leaks the request) nor while
     * holding uring_lock; without {@code UNLOCKED} the caller must hold uring_lock (only a callback the
     * core made does, so flags captured elsewhere fail here); {@code UNLOCKED} on a cancelable command
     * never from atomic context (done would sleep on the mutex).
     */
    static String problem(int flags, boolean lockHeld, Frame frame, boolean cancelableCommand) {
        if (has(flags, UNLOCKED) && has(flags, COMPLETE_DEFER)) {
            return "UNLOCKED together with COMPLETE_DEFER (the core WARNs and leaks the request)";
        }
        if (has(flags, UNLOCKED) && lockHeld) {
            return "UNLOCKED passed while this thread holds uring_lock";
        }
        if (!has(flags, UNLOCKED) && !lockHeld) {
            return "issue_flags without UNLOCKED claim uring_lock is held, but this thread does not hold it"
                    + " (flags not of the running callback: " + frame.context + " was given "
                    + IssueFlags.render(frame.issueFlags) + ")";
        }
        if (cancelableCommand && has(flags, UNLOCKED) && frame.atomic) {
            return "UNLOCKED on a cancelable command from atomic context: it would sleep on uring_lock";
        }
        return null;
    }
}
