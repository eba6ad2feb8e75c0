package uringcheck.stress;

import uringcheck.model.concurrent.Workqueue;

/**
 * A workqueue that keeps the one item scheduled on it instead of starting a thread, so that a jcstress
 * actor can be the kworker (or io-wq worker) that runs it. Items are scheduled while the test's state
 * is built, which jcstress publishes safely to the actors.
 */
final class StoredWork implements Workqueue {
    private Runnable item;

    @Override
    public void schedule(String name, Runnable work) {
        if (item != null) {
            throw new IllegalStateException("a second item (" + name + ") scheduled on a one-item workqueue");
        }
        item = work;
    }

    /** Runs the scheduled item, if any, on the calling thread; returns whether there was one. */
    boolean runPending() {
        Runnable work = item;
        item = null;
        if (work == null) {
            return false;
        }
        work.run();
        return true;
    }
}
