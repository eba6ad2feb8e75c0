package uringcheck.model.lifecycle.abstraction;

/**
 * The static type of a driver local (or of the {@code cmd} a handler receives) under an API, as the
 * scenario validator tracks it path by path. Under the C API every command is a pointer, {@link #HANDLE}.
 */
public enum LocalType {
    /**
     * The fresh {@code IoUringCmd} of {@code uring_cmd} under a Rust API (and, under fixed, the borrowed
     * {@code CancelIoUringCmd} view of a cancel call): it has no {@code done}, and {@code queue()} or
     * {@code complete()} consume it.
     */
    COMMAND("an IoUringCmd (the fresh command)"),
    /** A queued handle ({@code QueuedIoUringCmd}), or a command pointer under the C API. */
    HANDLE("a queued handle"),
    /** A {@code UringCmdAction} token. */
    TOKEN("a token (UringCmdAction)"),
    /** The negative errno a failed call returned ({@code may_fail}'s {@code into}): a C int, a Rust {@code Error}. */
    ERRNO("an errno"),
    /** A pointer to a driver object of a pool ({@code alloc}, {@code list_first}): a C pointer, a Rust {@code KBox}. */
    OBJECT("a driver object");

    private final String phrase;

    LocalType(String phrase) {
        this.phrase = phrase;
    }

    /** How error messages name a value of this type ("a queued handle"). */
    public String phrase() {
        return phrase;
    }
}
