package uringcheck.model.lifecycle.program;

import uringcheck.model.rules.Errno;

/**
 * What a handler returns: {@code Ok(token)} (a local holding a {@code Complete} or {@code Queued}
 * token), {@code Err(errno)}, or, under the raw C API, a plain integer.
 *
 * @param kind  which of the three forms
 * @param token the local holding the token, for {@link Kind#TOKEN}
 * @param value the errno (negative) for {@link Kind#ERR}, the integer for {@link Kind#RAW}
 */
public record ReturnValue(Kind kind, String token, int value) {

    /** The three forms of a return. */
    public enum Kind {
        /** {@code Ok(token)}. */
        TOKEN,
        /** {@code Err(e)}: the vtable returns the negative errno. */
        ERR,
        /** A raw C return value. */
        RAW
    }

    /** {@code Ok(token)} with the token held in local {@code token}. */
    public static ReturnValue token(String token) {
        return new ReturnValue(Kind.TOKEN, token, 0);
    }

    /** {@code Err(errno)}; {@code errno} is negative, e.g. {@link Errno#EINVAL}'s value. */
    public static ReturnValue err(int errno) {
        return new ReturnValue(Kind.ERR, null, errno);
    }

    /** A raw integer return (C API). */
    public static ReturnValue raw(int value) {
        return new ReturnValue(Kind.RAW, null, value);
    }
}
