package uringcheck.model.lifecycle.program;

import java.util.List;

/**
 * {@code may_fail:} a kernel call that succeeds or fails with one of the declared errnos (an allocation
 * returning {@code -ENOMEM}, a lookup failing with {@code -ENOENT} or {@code -EAGAIN}). One atomic step
 * with one outcome per errno besides success. On success {@code onSuccess} runs; on failure the negative
 * errno is bound to local {@code into} (if named) and {@code onFailure} runs: the real code's
 * {@code ret = f(); if (ret) { ... } else { ... }}. Either block may be empty; then execution goes on after
 * the statement.
 *
 * @param call      the kernel function called, as traces name it (e.g. {@code kzalloc})
 * @param errnos    the negative errnos it may fail with, at least one, in file order
 * @param into      the local bound to the errno inside {@code onFailure}, or null
 * @param onSuccess what runs after a success
 * @param onFailure what runs after a failure (empty: the failure is ignored)
 * @param pos       where {@code may_fail:} is written
 */
public record MayFail(String call, List<Integer> errnos, String into, List<Statement> onSuccess,
                      List<Statement> onFailure, Pos pos) implements Statement {

    public MayFail {
        errnos = List.copyOf(errnos);
        onSuccess = List.copyOf(onSuccess);
        onFailure = List.copyOf(onFailure);
        if (errnos.isEmpty()) {
            throw new IllegalArgumentException("may_fail needs at least one errno");
        }
    }

    @Override
    public List<List<Statement>> blocks() {
        return List.of(onSuccess, onFailure);
    }

    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.mayFail(this);
    }
}
