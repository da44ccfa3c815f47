package org.directivetracker.api.diagnostics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Looks every tick at the service from a thread of its own and writes to the log, while it happens, what a slow
 * moment is made of: a request running longer than {@code slowRequest} is logged once with its thread's stack and the
 * stack of the thread holding the lock it waits for; a tick arriving {@code stall} late means the whole process stood
 * still (a collector's pause, a safepoint, the machine's other work), logged with the collectors' pause time then.
 */
public class StallWatch implements SmartLifecycle {

    /** Requests described in full in one report; the others are counted. */
    static final int REQUESTS_DESCRIBED = 5;
    /** The innermost frames of each stack, all shown: what the thread does now. */
    static final int TOP_FRAMES = 12;
    /** Below them, only this service's frames, at most this many: who asked for it. */
    static final int OWN_FRAMES = 16;
    private static final String OWN_PACKAGE = "org.directivetracker.";
    /** A request waiting on the store's socket waits for a thread of the store: those at work are shown too. */
    private static final String STORE_PACKAGE = "org.directivetracker.eventstore.";
    static final int STORE_THREADS_DESCRIBED = 8;
    private static final Logger log = LoggerFactory.getLogger(StallWatch.class);

    private final RequestsInFlight requests;
    private final long slowNanos;
    private final long stallNanos;
    private final long tickNanos;
    private final LongSupplier nanoTime;
    private final LongSupplier collectorPauseMillis;
    private final Consumer<String> report;
    /** The slow requests logged already, until they end: each is reported once (only {@link #tick} uses it). */
    private final Set<RequestsInFlight.Request> reported = new HashSet<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long lastTick = -1;
    private long lastPauseMillis;
    private volatile ScheduledExecutorService ticks;

    public StallWatch(RequestsInFlight requests, DiagnosticsProperties properties, LongSupplier nanoTime) {
        this(requests, properties, nanoTime, StallWatch::collectorPauseMillis, log::warn);
    }

    StallWatch(RequestsInFlight requests, DiagnosticsProperties properties, LongSupplier nanoTime,
               LongSupplier collectorPauseMillis, Consumer<String> report) {
        this.requests = requests;
        this.slowNanos = properties.slowRequest().toNanos();
        this.stallNanos = properties.stall().toNanos();
        this.tickNanos = properties.tick().toNanos();
        this.nanoTime = nanoTime;
        this.collectorPauseMillis = collectorPauseMillis;
        this.report = report;
    }

    /** One look: a late tick, then the requests that became slow since the last. */
    synchronized void tick() {
        long now = nanoTime.getAsLong();
        long pauseMillis = collectorPauseMillis.getAsLong();
        if (lastTick >= 0 && stallNanos > 0) {
            long late = now - lastTick - tickNanos;
            if (late >= stallNanos) {
                report.accept(String.format("the service stood still for about %d ms (this watch ran that late); "
                        + "the collectors paused it %d ms in that time", millis(late), pauseMillis - lastPauseMillis));
            }
        }
        lastPauseMillis = pauseMillis;
        if (slowNanos > 0) {
            reportSlowRequests(now);
        }
        lastTick = nanoTime.getAsLong(); // the report's own time is not a stall
    }

    private void reportSlowRequests(long now) {
        List<RequestsInFlight.Request> running = List.copyOf(requests.running());
        reported.retainAll(running);
        List<RequestsInFlight.Request> slow = running.stream()
                .filter(request -> now - request.startNanos() >= slowNanos && !reported.contains(request))
                .sorted(Comparator.comparingLong(RequestsInFlight.Request::startNanos))
                .toList();
        if (slow.isEmpty()) {
            return;
        }
        reported.addAll(slow);
        StringBuilder text = new StringBuilder(String.format("%d request(s) running for more than %d ms:",
                slow.size(), millis(slowNanos)));
        Set<Long> described = new LinkedHashSet<>();
        Set<Long> lockOwners = new LinkedHashSet<>();
        for (RequestsInFlight.Request request : slow.subList(0, Math.min(REQUESTS_DESCRIBED, slow.size()))) {
            ThreadInfo info = threads.getThreadInfo(request.thread().getId(), Integer.MAX_VALUE);
            text.append(String.format("%n%s, %d ms so far, ", request.line(), millis(now - request.startNanos())));
            described.add(request.thread().getId());
            if (info == null) {
                text.append("its thread has ended");
                continue;
            }
            describe(info, text);
            if (info.getLockOwnerId() >= 0) {
                lockOwners.add(info.getLockOwnerId());
            }
        }
        if (slow.size() > REQUESTS_DESCRIBED) {
            text.append(String.format("%nand %d more", slow.size() - REQUESTS_DESCRIBED));
        }
        lockOwners.removeAll(described);
        for (long owner : lockOwners) {
            ThreadInfo info = threads.getThreadInfo(owner, Integer.MAX_VALUE);
            if (info != null) {
                text.append(String.format("%nholding a lock they wait for: "));
                describe(info, text);
                described.add(owner);
            }
        }
        List<ThreadInfo> inStore = Arrays.stream(threads.dumpAllThreads(false, false))
                .filter(info -> !described.contains(info.getThreadId()) && inStore(info))
                .limit(STORE_THREADS_DESCRIBED)
                .toList();
        for (ThreadInfo info : inStore) {
            text.append(String.format("%nin the store meanwhile: "));
            describe(info, text);
        }
        report.accept(text.toString());
    }

    private static void describe(ThreadInfo info, StringBuilder text) {
        text.append(String.format("thread \"%s\" %s", info.getThreadName(), info.getThreadState()));
        if (info.getLockName() != null) {
            text.append(" on ").append(info.getLockName());
        }
        if (info.getLockOwnerName() != null) {
            text.append(" held by \"").append(info.getLockOwnerName()).append('"');
        }
        StackTraceElement[] stack = info.getStackTrace();
        int shown = 0;
        int skipped = 0;
        for (int i = 0; i < stack.length; i++) {
            boolean own = stack[i].getClassName().startsWith(OWN_PACKAGE);
            if (i < TOP_FRAMES || (own && shown < TOP_FRAMES + OWN_FRAMES)) {
                if (skipped > 0) {
                    text.append(String.format("%n    ... %d frames", skipped));
                    skipped = 0;
                }
                StackTraceElement frame = stack[i];
                text.append(String.format("%n    at %s.%s(%s:%d)", frame.getClassName(), frame.getMethodName(),
                        frame.getFileName(), frame.getLineNumber()));
                shown++;
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            text.append(String.format("%n    ... %d frames", skipped));
        }
    }

    /** A thread running the store's code now, not one idle in a pool: its stack holds a frame of the store. */
    private static boolean inStore(ThreadInfo info) {
        return Arrays.stream(info.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(STORE_PACKAGE));
    }

    /** The pause time of every collector that stops the application so far (not ZGC's and Shenandoah's cycles). */
    static long collectorPauseMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!collector.getName().endsWith("Cycles")) {
                total += Math.max(0, collector.getCollectionTime());
            }
        }
        return total;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    @Override
    public void start() {
        if (slowNanos <= 0 && stallNanos <= 0) {
            return;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stall-watch");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::tickLogged, tickNanos, tickNanos, TimeUnit.NANOSECONDS);
        ticks = scheduler;
    }

    /** A failing look is logged and the next one comes: the watch must not end because of one. */
    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException failed) {
            log.warn("the stall watch could not look at the service", failed);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService scheduler = ticks;
        if (scheduler != null) {
            scheduler.shutdownNow();
            ticks = null;
        }
    }

    @Override
    public boolean isRunning() {
        return ticks != null;
    }
}
