package uringcheck.checks.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap a run occupies, from the JVM's garbage-collection notifications (so the search itself
 * is not slowed down), in two figures ({@link Use}):
 * <ul>
 *   <li><em>peak</em>: the most heap occupied at any moment of the run, garbage included: the largest
 *       occupancy right before a collection (the heap only fills between two collections), at the start
 *       and at the end. This is what the heap must be able to hold ({@code -Xmx}); it depends on how
 *       large the collector lets the young generation grow;</li>
 *   <li><em>live</em>: the largest occupancy right after a collection, above the occupancy after a full
 *       collection at the start: the data the search kept (visited store, frontier), an upper bound since
 *       the old generation may still hold garbage, and 0 when no collection ran.</li>
 * </ul>
 * Occupancy is summed over the heap's memory pools. Notifications arrive on a JVM service thread after
 * each collection; {@link #stop} waits (at most {@value #SETTLE_MILLIS} ms) until every collection of the
 * run has been reported, so the last collection's figures are not lost.
 */
public final class PeakHeap implements AutoCloseable {

    /** The most {@link #stop} waits for the notifications of collections that already happened. */
    static final long SETTLE_MILLIS = 2_000;

    /**
     * What a run occupied.
     *
     * @param peakBytes the largest heap occupancy during the run, garbage included
     * @param liveBytes the largest occupancy after a collection, above the start's; 0 when none ran
     */
    public record Use(long peakBytes, long liveBytes) {
    }

    private final AtomicLong peakBeforeGc = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    /** Per collector, the number of its collections that happened before the run (not counted). */
    private final Map<String, Long> before = new HashMap<>();
    /** Per collector, the highest collection number reported to this listener. */
    private final Map<String, Long> reported = new ConcurrentHashMap<>();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;
    private final long baseline;

    private PeakHeap() {
        System.gc();
        for (GarbageCollectorMXBean gc : collectors) {
            before.put(gc.getName(), gc.getCollectionCount());
        }
        this.baseline = heapUsed();
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Collects garbage, records the baseline occupancy and starts watching. */
    public static PeakHeap start() {
        return new PeakHeap();
    }

    /** Stops watching, once every collection since {@link #start} has been reported, and says what the run used. */
    public Use stop() {
        awaitReports();
        long peak = Math.max(Math.max(peakBeforeGc.get(), baseline), heapUsed());
        close();
        return new Use(peak, Math.max(0, peakAfterGc.get() - baseline));
    }

    private void awaitReports() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
        while (!allReported() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean allReported() {
        for (GarbageCollectorMXBean gc : collectors) {
            long count = gc.getCollectionCount();
            if (count > before.getOrDefault(gc.getName(), 0L) && reported.getOrDefault(gc.getName(), 0L) < count) {
                return false;
            }
        }
        return true;
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long id = info.getGcInfo().getId();
        if (id <= before.getOrDefault(info.getGcName(), 0L)) {
            return;
        }
        peakBeforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        peakAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        reported.merge(info.getGcName(), id, Math::max);
    }

    private static long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pools.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && u != null) {
                used += u.getUsed();
            }
        }
        return used;
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** Stops watching (idempotent); {@link #stop} also does. */
    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("GC listener vanished", e);
            }
        }
        emitters.clear();
    }
}
