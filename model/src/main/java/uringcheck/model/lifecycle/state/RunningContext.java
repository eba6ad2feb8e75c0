package uringcheck.model.lifecycle.state;

import java.util.List;

/**
 * One running (or scheduled, not yet started) instance of a context that runs driver code.
 *
 * @param kind       which context (SPEC §2)
 * @param handler    index of the driver handler it runs, -1 for a cancel pass between two cancel calls
 * @param command    the command index whose per-command fields the handler uses
 * @param slot       the request slot bound to the handler's {@code cmd} local (-1 if none)
 * @param generation the slot generation {@code cmd} was bound at
 * @param pc         the next instruction of the compiled handler
 * @param started    whether the handler has begun (a scheduled work item or io-wq punt has not)
 * @param locals     the handler's locals, by the compiled handler's local index ({@code cmd} is 0)
 * @param holdsUring whether it holds {@code uring_lock} now
 * @param locks      bit mask of the driver locks it holds
 * @param queued     an issue call that minted a queued handle ({@code queue()}) in this call
 * @param stuck      self-deadlocked: it waits for a lock it holds itself
 * @param pending    for a cancel pass: the slots still to be called, in {@code cancelable_uring_cmd} order
 */
public record RunningContext(ContextKind kind, int handler, int command, int slot, int generation, int pc,
                      boolean started, List<Value> locals, boolean holdsUring, int locks, boolean queued,
                      boolean stuck, List<Integer> pending) {

    /** Both lists are held as {@link StateList}s (a list that already is one is kept, not copied). */
    public RunningContext {
        locals = StateList.copyOf(locals);
        pending = StateList.copyOf(pending);
    }

    /** The issue_flags the core gave the running callback (0 for C6 contexts). */
    public int flags() {
        return kind.flags();
    }
}
