package uringcheck.checks.explore;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

import javax.management.NotificationEmitter;

/**
 * The heap in use, as cheap to read as a field, for the heap limit that {@link Search} checks at every
 * step. Reading {@code Runtime.totalMemory() - freeMemory()} at every step takes the JVM's heap lock and
 * cost about a third of the explorer's throughput, so instead the value is sampled when a search starts
 * ({@link #sample()}) and after every garbage collection (a listener on each
 * {@link GarbageCollectorMXBean}). After a collection the value is close to the live data, which is what
 * the limit is about; between collections it lags behind by at most the garbage allocated since. A sample
 * over the limit is confirmed by {@link #collectAndSample()} before a search stops.
 */
final class HeapWatch {

    private static final Runtime RUNTIME = Runtime.getRuntime();
    private static volatile long used = RUNTIME.totalMemory() - RUNTIME.freeMemory();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> sample(), null, null);
            }
        }
    }

    private HeapWatch() {
    }

    /** Measures the heap in use now and returns it. */
    static long sample() {
        long now = RUNTIME.totalMemory() - RUNTIME.freeMemory();
        used = now;
        return now;
    }

    /**
     * Collects garbage, then measures: used to confirm that the heap limit is really reached, since a
     * sample taken after a young collection still counts old garbage.
     */
    static long collectAndSample() {
        System.gc();
        return sample();
    }

    /** The heap in use at the last sample (search start or garbage collection). */
    static long used() {
        return used;
    }
}
