package uringcheck.checks.lincheck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Cqe;
import uringcheck.model.concurrent.LifecycleViolation;
import uringcheck.model.concurrent.Ring;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Phase;

/**
 * The runtime's per-command operations as Lincheck sees them, on two commands (ids 0 and 1) whose
 * request slots are recycled between them. The driver queues every command and marks it cancelable;
 * its cancel handler completes with the cancel call's mask and no claim, so racing completions show as
 * violations, which are results here ({@code "ok"} or the obligation id). {@code submit},
 * {@code runTaskWork} and {@code reap} are the submitter task's and never run in parallel with each other.
 * The sequential specification is {@link LifecycleSpecification}.
 */
@Param(name = "id", gen = IntGen.class, conf = "0:1")
public class RuntimeOperations {
    private final Ring ring = new Ring((cmd, issueFlags) -> {
        if (IssueFlags.has(issueFlags, IssueFlags.CANCEL)) {
            cmd.done(Errno.ECANCELED.value(), issueFlags);
            return 0;
        }
        cmd.queue();
        cmd.markCancelable(issueFlags);
        issuedPhase = cmd.phase();
        return Errno.EIOCBQUEUED.value();
    }, (name, work) -> {
        throw new IllegalStateException("no io-wq item is expected: every submission is inline");
    });
    private final AtomicReferenceArray<Cmd> handles = new AtomicReferenceArray<>(2);

    /**
     * The command's phase at the end of its inline issue, read by the issuing callback while the
     * submitter still holds {@code uring_lock}: {@code submit}'s result. Reading it after
     * {@code Ring.submit} returned would observe a cancel pass that ran after the lock was released,
     * which the atomic {@code submit} of the specification cannot.
     */
    private volatile Phase issuedPhase;

    /** The handle the driver uses for {@code id}: checked (generation) unless a subclass says otherwise. */
    protected Cmd handle(Cmd cmd) {
        return cmd;
    }

    /** Submits command {@code id} inline, unless its previous submission is still in flight. */
    @Operation(nonParallelGroup = "task")
    public String submit(@Param(name = "id") int id) {
        Cmd previous = handles.get(id);
        if (previous != null && previous.phase() != Phase.RELEASED) {
            return "busy";
        }
        Cmd cmd = ring.submit(id, uringcheck.model.concurrent.SubmitPath.INLINE);
        handles.set(id, cmd);
        return issuedPhase.label();
    }

    /** A kworker completes command {@code id} with {@code UNLOCKED}. */
    @Operation
    public String done(@Param(name = "id") int id) {
        Cmd cmd = handles.get(id);
        if (cmd == null) {
            return "none";
        }
        try {
            handle(cmd).done(0, IssueFlags.UNLOCKED);
            return "ok";
        } catch (LifecycleViolation violation) {
            return violation.obligation().name();
        }
    }

    /** An interrupt bounces command {@code id}'s completion to task work. */
    @Operation
    public String completeInTask(@Param(name = "id") int id) {
        Cmd cmd = handles.get(id);
        if (cmd == null) {
            return "none";
        }
        try {
            Ring.inIrq(() -> handle(cmd).completeInTask((c, flags) -> c.done(0, flags)));
            return "ok";
        } catch (LifecycleViolation violation) {
            return violation.obligation().name();
        }
    }

    /** The submitter task runs its task work and flushes. */
    @Operation(nonParallelGroup = "task")
    public void runTaskWork() {
        ring.runTaskWork();
    }

    /** Ring exit runs one cancel pass. */
    @Operation
    public String cancelPass() {
        try {
            ring.cancelPass();
            return "ok";
        } catch (LifecycleViolation violation) {
            return violation.obligation().name();
        }
    }

    /** The application reaps the CQ: the user data of every CQE posted since the last reap. */
    @Operation(nonParallelGroup = "task")
    public List<Long> reap() {
        List<Long> out = new ArrayList<>();
        for (Cqe cqe : ring.reap()) {
            out.add(cqe.userData());
        }
        return out;
    }
}
