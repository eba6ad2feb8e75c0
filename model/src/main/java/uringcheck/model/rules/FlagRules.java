package uringcheck.model.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * The issue_flags and {@code uring_lock} rules of O5 (SPEC §1, §5; {@code include/linux/io_uring/cmd.h},
 * {@code io_ring_submit_lock} in {@code io_uring/io_uring.h}) for a call of {@code io_uring_cmd_done} or
 * {@code io_uring_cmd_mark_cancelable}: the one definition the explicit-state model
 * ({@code lifecycle.kernel.Completion}) and the concurrent runtime ({@code concurrent.FlagDiscipline})
 * both apply. Each side decides where in the call a breach shows and how to report it.
 */
public final class FlagRules {

    /** The ways a call's flags can break O5, in the order the kernel meets them. */
    public enum Breach {
        /** {@code UNLOCKED} together with {@code COMPLETE_DEFER}: the core WARNs and leaks the request. */
        UNLOCKED_WITH_COMPLETE_DEFER,
        /** {@code UNLOCKED} while the caller holds {@code uring_lock}: taking it again self-deadlocks. */
        UNLOCKED_WHILE_LOCKED,
        /** No {@code UNLOCKED}, so the core assumes {@code uring_lock} is held, but the caller does not hold it. */
        LOCKED_FLAGS_WITHOUT_LOCK,
        /** {@code UNLOCKED} where the core must take {@code uring_lock} (a mutex), from atomic context. */
        UNLOCKED_IN_ATOMIC,
        /** Neither the running callback's own mask nor {@code UNLOCKED} from a context without the lock. */
        NOT_THE_CALLBACKS_MASK
    }

    private FlagRules() {
    }

    /**
     * Whether a call with {@code flags} makes the core take {@code uring_lock} itself
     * ({@code io_ring_submit_lock} locks only under {@code UNLOCKED}), given whether it changes
     * {@code cancelable_uring_cmd} (done on a cancelable command, mark_cancelable on one not yet marked).
     */
    public static boolean takesUringLock(int flags, boolean changesCancelableList) {
        return IssueFlags.has(flags, IssueFlags.UNLOCKED) && changesCancelableList;
    }

    /**
     * Every rule a call with {@code flags} breaks.
     *
     * @param flags            the issue_flags passed
     * @param holdsUringLock   whether the caller holds {@code uring_lock}
     * @param atomic           whether the caller may not sleep (IRQ, a spinlock held)
     * @param changesCancelableList whether the call changes {@code cancelable_uring_cmd}, so that
     *                         {@code UNLOCKED} makes the core take the mutex
     * @param callbackMask     the issue_flags the core gave the running callback (0 outside one, C6)
     * @return the breaches, in {@link Breach} order; empty when the flags are legal
     */
    public static Set<Breach> breaches(int flags, boolean holdsUringLock, boolean atomic,
                                       boolean changesCancelableList, int callbackMask) {
        Set<Breach> out = EnumSet.noneOf(Breach.class);
        boolean unlocked = IssueFlags.has(flags, IssueFlags.UNLOCKED);
        boolean defer = IssueFlags.has(flags, IssueFlags.COMPLETE_DEFER);
        if (unlocked && defer) {
            out.add(Breach.UNLOCKED_WITH_COMPLETE_DEFER);
        }
        if (unlocked && holdsUringLock) {
            out.add(Breach.UNLOCKED_WHILE_LOCKED);
        }
        if (!unlocked && !holdsUringLock) {
            out.add(Breach.LOCKED_FLAGS_WITHOUT_LOCK);
        }
        if (atomic && takesUringLock(flags, changesCancelableList)) {
            out.add(Breach.UNLOCKED_IN_ATOMIC);
        }
        boolean ownMask = callbackMask != 0 && flags == callbackMask;
        if (!ownMask && !(unlocked && !defer && !holdsUringLock)) {
            out.add(Breach.NOT_THE_CALLBACKS_MASK);
        }
        return out;
    }
}
