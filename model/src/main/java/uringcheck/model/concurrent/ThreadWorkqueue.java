package uringcheck.model.concurrent;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Workqueue} that runs every item on a new thread (a kworker per item), for tests with real
 * threads (Lincheck's {@code runConcurrentTest} tracks them). Exceptions thrown by items are kept and
 * rethrown by {@link #joinAll()}, so a {@link LifecycleViolation} in a kworker fails the test that
 * scheduled it instead of dying with the thread.
 */
public final class ThreadWorkqueue implements Workqueue {
    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Override
    public void schedule(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        }, name);
        synchronized (threads) {
            threads.add(thread);
        }
        thread.start();
    }

    /**
     * Waits for every scheduled item, including items scheduled by items ({@code flush_workqueue}),
     * then rethrows the first failure an item threw, if any.
     */
    public void joinAll() {
        int joined = 0;
        while (true) {
            Thread next;
            synchronized (threads) {
                if (joined == threads.size()) {
                    break;
                }
                next = threads.get(joined);
            }
            joinUninterruptibly(next);
            joined++;
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                Throwable first = failures.get(0);
                if (first instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) first;
            }
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
