package uringcheck.model.lifecycle.program;

import uringcheck.model.rules.Errno;

/**
 * What a handler returns: {@code Ok(token)} (a local holding a {@code Complete} or {@code Queued}
 * token), {@code Err(errno)}, under the raw C API a plain integer, or the errno a failed call bound to a
 * local ({@link MayFail}).
 *
 * @param kind  which of the four forms
 * @param token the local holding the token, for {@link Kind#TOKEN}; the local holding the errno, for
 *              {@link Kind#LOCAL}
 * @param value the errno (negative) for {@link Kind#ERR}, the integer for {@link Kind#RAW}
 */
public record ReturnValue(Kind kind, String token, int value) {

    /** The four forms of a return. */
    public enum Kind {
        /** {@code Ok(token)}. */
        TOKEN,
        /** {@code Err(e)}: the vtable returns the negative errno. */
        ERR,
        /** A raw C return value. */
        RAW,
        /** {@code return ret;} / {@code return Err(e)}: the negative errno a failed call bound to a local. */
        LOCAL
    }

    /** {@code Ok(token)} with the token held in local {@code token}. */
    public static ReturnValue token(String token) {
        return new ReturnValue(Kind.TOKEN, token, 0);
    }

    /** {@code Err(errno)}; {@code errno} is negative, e.g. {@link Errno#EINVAL}'s value. */
    public static ReturnValue err(int errno) {
        return new ReturnValue(Kind.ERR, null, errno);
    }

    /** The errno held in local {@code local} (bound by a failed {@link MayFail}). */
    public static ReturnValue local(String local) {
        return new ReturnValue(Kind.LOCAL, local, 0);
    }

    /** A raw integer return (C API). */
    public static ReturnValue raw(int value) {
        return new ReturnValue(Kind.RAW, null, value);
    }
}
