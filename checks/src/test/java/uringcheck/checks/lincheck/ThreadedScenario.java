package uringcheck.checks.lincheck;

import java.util.List;
import uringcheck.model.Obligation;
import uringcheck.model.concurrent.Cqe;
import uringcheck.model.concurrent.LifecycleViolation;
import uringcheck.model.concurrent.Ring;
import uringcheck.model.concurrent.ThreadWorkqueue;

/**
 * One run of a {@link CataloguePattern} on real threads, the body Lincheck's {@code runConcurrentTest}
 * explores: the test's main thread is the submitter task (it submits one command and runs task work);
 * for patterns with ring exit an exit thread runs a cancel pass at the same time; the driver's kworker or IRQ runs as its own thread.
 * After every thread is joined the ring is brought to quiescence (further cancel passes, task work) and
 * checked: the command was completed (O2), exactly one CQE for the submission (O1), and every request
 * back in the free list (O2).
 * Any {@link LifecycleViolation} a thread hit, and any broken end condition, is thrown as
 * {@link ObligationsBroken} naming the obligations.
 */
final class ThreadedScenario {
    static final long USER_DATA = 1;
    private static final int FINAL_CANCEL_PASSES = 2;

    private ThreadedScenario() {
    }

    /** Joins every workqueue, then rethrows the first failure any of them kept. */
    private static void joinEvery(ThreadWorkqueue... queues) {
        RuntimeException first = null;
        for (ThreadWorkqueue queue : queues) {
            try {
                queue.joinAll();
            } catch (RuntimeException failure) {
                if (first == null) {
                    first = failure;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    static void run(CataloguePattern pattern) {
        ThreadWorkqueue driverWork = new ThreadWorkqueue();
        ThreadWorkqueue ioWq = new ThreadWorkqueue();
        ThreadWorkqueue actors = new ThreadWorkqueue();
        Ring ring = new Ring(pattern.newDriver(driverWork), ioWq);
        try {
            if (pattern.ringExit()) {
                actors.schedule("ring-exit", ring::cancelPass);
            }
            try {
                ring.submit(USER_DATA, pattern.path());
                ring.runTaskWork();
            } finally {
                joinEvery(actors, ioWq, driverWork);
            }
            for (int pass = 0; pass < FINAL_CANCEL_PASSES && ring.cancelableCount() > 0; pass++) {
                ring.cancelPass();
            }
            ring.runTaskWork();
        } catch (LifecycleViolation violation) {
            throw new ObligationsBroken(violation.obligations(), violation.getMessage(), violation);
        }
        List<Cqe> cqes = ring.reap();
        int inFlight = ring.inFlight();
        if (cqes.isEmpty() && inFlight > 0) {
            throw new ObligationsBroken(List.of(Obligation.O2), "O2 broken: the command was never completed and "
                    + inFlight + " request(s) are still in flight at quiescence: ring exit would wait forever", null);
        }
        if (cqes.size() != 1 || cqes.get(0).userData() != USER_DATA) {
            throw new ObligationsBroken(List.of(Obligation.O1), "O1 broken: one submission, CQEs " + cqes, null);
        }
        if (inFlight != 0) {
            throw new ObligationsBroken(List.of(Obligation.O2), "O2 broken: " + inFlight
                    + " request(s) never released at quiescence", null);
        }
    }
}
