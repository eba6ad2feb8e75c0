package uringcheck.model.lifecycle.state;

import java.util.Locale;

/** Why the core calls the driver's {@code f_op->uring_cmd}: to issue the request, or to cancel it (C5). */
public enum UringCmdCall {
    ISSUE,
    CANCEL;

    /** The lower-case word messages use, e.g. {@code cancel}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
