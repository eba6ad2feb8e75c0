package uringcheck.model.concurrent;

/**
 * Where deferred work runs: {@code schedule_work} for a driver's kworker, {@code io_wq_enqueue} for the
 * ring's io-wq. {@link ThreadWorkqueue} runs each item on a new thread; a jcstress actor can pass a
 * workqueue that stores the item and run it itself.
 */
@FunctionalInterface
public interface Workqueue {
    /** Schedules {@code work} to run later, in another context. {@code name} labels the thread. */
    void schedule(String name, Runnable work);
}
