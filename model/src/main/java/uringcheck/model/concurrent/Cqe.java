package uringcheck.model.concurrent;

/** One completion queue entry as the application reaps it: the submission's user data and result. */
public record Cqe(long userData, int res) {
}
