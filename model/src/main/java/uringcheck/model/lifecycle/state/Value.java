package uringcheck.model.lifecycle.state;

/**
 * What a driver local or device field holds.
 *
 * @param kind    what it is
 * @param slot    the request slot a handle or token refers to
 * @param generation the slot generation when the handle or token was made (a mismatch means stale)
 * @param command the command it was made for
 * @param flags   the issue_flags of the call that made a handle (what "forwarded" passes to done)
 * @param number  the integer of an {@link Kind#INT}, the result of a {@link Kind#COMPLETE_TOKEN}, or the
 *                object of an {@link Kind#OBJECT}
 */
public record Value(Kind kind, int slot, int generation, int command, int flags, int number) {

    /** The kinds of value. */
    public enum Kind {
        /** Nothing ({@code None}, a NULL pointer, a moved-out Rust value). */
        EMPTY,
        /** The command of an issue or cancel call: {@code IoUringCmd} under seed, a pointer under C. */
        COMMAND,
        /** {@code QueuedIoUringCmd} (under C: a pointer kept for a later done). */
        QUEUED_HANDLE,
        /** {@code UringCmdAction::Queued}. */
        QUEUED_TOKEN,
        /** {@code UringCmdAction::Complete(ret)}. */
        COMPLETE_TOKEN,
        /** A small integer. */
        INT,
        /** A pointer to a driver object of a pool ({@code number}: the object, numbered across the pools). */
        OBJECT
    }

    /** The empty value. */
    public static final Value EMPTY = new Value(Kind.EMPTY, -1, 0, -1, 0, 0);

    /** The integers {@link #integer} shares one instance of: from {@code -SMALL} to {@code SMALL - 1}. */
    private static final int SMALL = 128;
    private static final Value[] SMALL_INTEGERS = new Value[2 * SMALL];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) {
            SMALL_INTEGERS[i] = new Value(Kind.INT, -1, 0, -1, 0, i - SMALL);
        }
    }

    /** An integer (one shared instance for a small one). */
    public static Value integer(int n) {
        if (n >= -SMALL && n < SMALL) {
            return SMALL_INTEGERS[n + SMALL];
        }
        return new Value(Kind.INT, -1, 0, -1, 0, n);
    }

    /** A pointer to driver object {@code object}. */
    public static Value object(int object) {
        return new Value(Kind.OBJECT, -1, 0, -1, 0, object);
    }

    /** Whether this is a handle (an {@code IoUringCmd} / {@code QueuedIoUringCmd} / pointer). */
    public boolean isHandle() {
        return kind == Kind.COMMAND || kind == Kind.QUEUED_HANDLE;
    }

    /** Whether this refers to the request in {@code slot} at {@code generation}. */
    public boolean refersTo(int slot, int generation) {
        return kind != Kind.EMPTY && kind != Kind.INT && kind != Kind.OBJECT && this.slot == slot && this.generation == generation;
    }

    /** The same value with another kind (e.g. {@code queue()} turning a command into a queued handle). */
    public Value withKind(Kind newKind) {
        return new Value(newKind, slot, generation, command, flags, number);
    }
}
