package org.directivetracker.bench.load;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The load driver's own collector pauses: every call the driver has in flight waits one out, so a pause here adds to
 * the latencies it records for the service. Counted from the JVM's notifications, for the stage's report to say.
 */
final class DriverPauses implements NotificationListener, AutoCloseable {

    /** The pauses of a measured time: how many, the longest, and their sum. */
    record Window(int pauses, double maxMillis, double totalMillis) {
    }

    private int pauses;
    private double maxMillis;
    private double totalMillis;

    /** Listens to every collector of this JVM; each of G1's collections is a pause. */
    static DriverPauses listening() {
        DriverPauses recorder = new DriverPauses();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(recorder, null, null);
            }
        }
        return recorder;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (info.getGcName().endsWith("Cycles")) {
            return; // ZGC's and Shenandoah's cycles run beside the application; their pauses come as a collector of their own
        }
        paused(info.getGcInfo().getDuration());
    }

    synchronized void paused(double millis) {
        pauses++;
        maxMillis = Math.max(maxMillis, millis);
        totalMillis += millis;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException notListening) {
                    // nothing to remove
                }
            }
        }
    }

    /** The pauses since the last call, and a new window from now. */
    synchronized Window take() {
        Window window = new Window(pauses, maxMillis, totalMillis);
        pauses = 0;
        maxMillis = 0;
        totalMillis = 0;
        return window;
    }
}
