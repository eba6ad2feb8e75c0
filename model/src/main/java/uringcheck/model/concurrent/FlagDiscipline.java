package uringcheck.model.concurrent;

import java.util.Set;
import uringcheck.model.rules.FlagRules;
import uringcheck.model.rules.FlagRules.Breach;
import uringcheck.model.rules.IssueFlags;

/**
 * The issue_flags rules of O5 ({@link FlagRules}, shared with the explicit-state model) that {@code done}
 * and {@code mark_cancelable} assert before any side effect, given what the runtime knows about the
 * calling thread: whether it really holds {@code uring_lock} and the frame it runs in. The runtime has a
 * real lock, so a mask captured in one callback and passed from another thread fails on the lock itself;
 * it does not also demand the running callback's own mask ({@link Breach#NOT_THE_CALLBACKS_MASK}).
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
        Set<Breach> breaches = FlagRules.breaches(flags, lockHeld, frame.atomic, cancelableCommand, frame.issueFlags);
        if (breaches.contains(Breach.UNLOCKED_WITH_COMPLETE_DEFER)) {
            return "UNLOCKED together with COMPLETE_DEFER (the core WARNs and leaks the request)";
        }
        if (breaches.contains(Breach.UNLOCKED_WHILE_LOCKED)) {
            return "UNLOCKED passed while this thread holds uring_lock";
        }
        if (breaches.contains(Breach.LOCKED_FLAGS_WITHOUT_LOCK)) {
            return "issue_flags without UNLOCKED claim uring_lock is held, but this thread does not hold it"
                    + " (flags not of the running callback: " + frame.context + " was given "
                    + IssueFlags.render(frame.issueFlags) + ")";
        }
        if (breaches.contains(Breach.UNLOCKED_IN_ATOMIC)) {
            return "UNLOCKED on a cancelable command from atomic context: it would sleep on uring_lock";
        }
        return null;
    }
}
