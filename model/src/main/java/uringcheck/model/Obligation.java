package uringcheck.model;

/**
 * The proof obligations of SPEC §6. Ids are stable: reports, scenarios and tests refer to them.
 * Each constant carries the obligation's one-line statement and the kernel source it comes from.
 */
public enum Obligation {
    O1("Exactly-once completion: a synchronous result and no done, or -EIOCBQUEUED and exactly one done,"
            + " or -EAGAIN and no done; every submission gets exactly one CQE",
            "uring_cmd.c:io_uring_cmd; f1bb0fd63c37"),
    O2("Liveness: every queued command is eventually completed, by normal progress or by cancellation;"
            + " ring exit and task exit terminate",
            "io_uring.c:io_ring_exit_work; 93b8cc60c37b"),
    O3("No use after done: after done (or a synchronous return) nothing touches the command",
            "io_uring.c:io_free_batch_list, io_req_add_to_cache"),
    O4("No completion or re-arm while task work is pending; the callback must complete;"
            + " at most one pending task work per command",
            "f40139fde527; tw.c:io_fallback_tw"),
    O5("Flag and lock discipline: flags passed to done/mark_cancelable are the running callback's mask,"
            + " or UNLOCKED from a context holding no uring_lock; lock-protected lists only under uring_lock",
            "SPEC §5; e1eef2e56cb0; 36a005b9c66e"),
    O6("PDU contract: unspecified on a fresh issue (write before read); preserved on every later call"
            + " for the same request",
            "733c43f1df34; SPEC §4"),
    O7("SQE access: read SQE fields during the issue call only; never after an inline -EIOCBQUEUED"
            + " nor after done",
            "e663da62ba86, d6211ebbdaa5, 0963dba3dc00"),
    O8("-EAGAIN only when NONBLOCK is set",
            "io_uring.c:io_wq_submit_work"),
    O9("Cancel and normal completion exclude each other; the cancel handler is idempotent and never"
            + " waits for a context that needs uring_lock",
            "f40139fde527; ublk cancel fixes"),
    O10("Completion may not depend on release of the same file",
            "io_uring.c:io_put_file"),
    O11("Task work in the fallback kworker (tw.cancel) must still complete and not touch user memory",
            "tw.c:io_should_terminate_tw"),
    O12("One owner: at most one party owns a queued command; no handle for a request whose issue"
            + " returned anything but -EIOCBQUEUED",
            "SPEC §7 A1"),
    O13("Result hygiene: a synchronous result is never -EIOCBQUEUED or a misplaced -EAGAIN;"
            + " -EIOCBQUEUED only when a completion obligation exists",
            "SPEC §7 A2, A3"),
    O14("Lazy task-work wake requires the task work to post exactly one CQE",
            "cmd.h:io_uring_cmd_do_in_task_lazy"),
    O15("A driver rejects user flags it does not implement (unsupported MULTISHOT with a >= 0 return leaks)",
            "uring_cmd.c:io_uring_cmd (v6.18)");

    private final String statement;
    private final String source;

    Obligation(String statement, String source) {
        this.statement = statement;
        this.source = source;
    }

    /** What the obligation requires, in one line. */
    public String statement() {
        return statement;
    }

    /** The kernel function, commit or SPEC section it comes from. */
    public String source() {
        return source;
    }

    /** The obligation with id {@code id} (e.g. {@code "O5"}), or an exception naming the valid ids. */
    public static Obligation byId(String id) {
        for (Obligation o : values()) {
            if (o.name().equalsIgnoreCase(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown obligation '" + id + "': expected one of O1..O15");
    }
}
