package org.directivetracker.api.readmodels;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.server.ResponseStatusException;

/**
 * Around the read models' life: with {@code --rebuild-read-models} (or {@code tracker.read-models.rebuild-at-start}),
 * rebuilds every read model after Axon's processors (and the demo data) started and before the web server takes a
 * request; then re-reads the read models' aliases now and then, so that a rebuild promoted by another instance is
 * followed here too, reads this instance's copies of the read models once in the background and then brings them up
 * to date every {@code copyRefresh} and after each batch this instance's processors log, so that a reader finds them
 * current instead of waiting for every change since the last read (or, the first time, for the whole view).
 */
public class ReadModelLifecycle implements SmartLifecycle {

    /** After the demo data (Integer.MAX_VALUE - 2560), before the web server (Integer.MAX_VALUE - 2048). */
    static final int PHASE = Integer.MAX_VALUE - 2304;
    private static final Logger log = LoggerFactory.getLogger(ReadModelLifecycle.class);

    private final ReadModelRebuilder rebuilder;
    private final boolean rebuildAtStart;
    private final Duration aliasRefresh;
    private final Duration copyRefresh;
    private ScheduledExecutorService refresher;
    private ScheduledExecutorService copyRefresher;
    /** Whether the last refresh of the copies failed: its cause is logged once, not every time it fails again. */
    private volatile boolean copyRefreshFailing;
    private volatile boolean running;
    private volatile boolean copiesRead;

    public ReadModelLifecycle(ReadModelRebuilder rebuilder, boolean rebuildAtStart, Duration aliasRefresh, Duration copyRefresh) {
        this.rebuilder = rebuilder;
        this.rebuildAtStart = rebuildAtStart;
        this.aliasRefresh = aliasRefresh;
        this.copyRefresh = copyRefresh;
    }

    @Override
    public void start() {
        if (rebuildAtStart) {
            log.info("rebuilding every read model before serving: {}", rebuilder.readModels().names());
            rebuilder.readModels().names().forEach(this::rebuildUnlessRunElsewhere);
        }
        if (isPositive(aliasRefresh)) {
            refresher = daemonScheduler("read-model-alias-refresh");
            refresher.scheduleWithFixedDelay(this::refreshAliases, aliasRefresh.toMillis(), aliasRefresh.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!isPositive(copyRefresh)) {
            copiesRead = true; // each copy is read by its first reader
        } else {
            copyRefresher = daemonScheduler("read-model-copy-refresh");
            copyRefresher.execute(this::readCopies); // first, on the same thread: then the refreshes keep them current
            copyRefresher.scheduleWithFixedDelay(this::refreshCopies, copyRefresh.toMillis(), copyRefresh.toMillis(), TimeUnit.MILLISECONDS);
            rebuilder.readModels().all().forEach(live -> live.context().afterEachLoggedBatch(new RefreshSoon(live.context())));
        }
        running = true;
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isZero() && !duration.isNegative();
    }

    private static ScheduledExecutorService daemonScheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads every copy, one at a time, in the background: the first reader of a view after a start finds it read. */
    private void readCopies() {
        long started = System.nanoTime();
        try {
            for (ReadModelRoom.Live<?> live : rebuilder.readModels().all()) {
                long readModelStarted = System.nanoTime();
                live.context().readCopies();
                log.info("read model {} read in {} ms", live.name(), (System.nanoTime() - readModelStarted) / 1_000_000);
            }
            log.info("the read models' copies were read in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // each is read by its first reader instead
            log.warn("could not read the read models' copies ahead of their readers: {}", e.toString());
        } finally {
            copiesRead = true;
        }
    }

    /**
     * Whether the copies were read once after the start (or tried: then each is read by its first reader); before, a
     * reader may wait for a whole view, at a province's size longer than a query waits.
     */
    public boolean copiesRead() {
        return copiesRead;
    }

    private void refreshCopies() {
        try {
            rebuilder.readModels().all().forEach(live -> live.context().refreshCopies());
            if (copyRefreshFailing) {
                log.info("the read models' copies are brought up to date again");
            }
            copyRefreshFailing = false;
        } catch (RuntimeException e) {
            refreshFailed(e);
        }
    }

    private void refreshFailed(RuntimeException e) {
        if (running && !copyRefreshFailing) {
            log.warn("could not bring the read models' copies up to date (tried again every {}): {}", copyRefresh, e.toString());
        }
        copyRefreshFailing = true;
    }

    /**
     * After a batch this instance's processor logged, that read model's copies are brought up to date on the refresher's
     * thread soon, rather than at its next round: the reads that may lag ({@code read-lag}) then show a write about as
     * soon as the views have it. Batches logged while one such refresh waits share it, and one starts at the soonest
     * {@link #SPACING} after the one before: under a province's writes a refresh per batch made a version per batch,
     * each with its indexes brought up to date (at 1,000,000 events 141 against 164 writes/s).
     */
    private final class RefreshSoon implements Runnable {
        private static final long SPACING = TimeUnit.MILLISECONDS.toNanos(100);

        private final ReadModelContext context;
        private final AtomicBoolean waiting = new AtomicBoolean();
        private volatile long lastStarted = System.nanoTime() - SPACING;

        RefreshSoon(ReadModelContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            if (!running || !waiting.compareAndSet(false, true)) {
                return;
            }
            long delay = Math.max(0, SPACING - (System.nanoTime() - lastStarted));
            try {
                copyRefresher.schedule(this::refresh, delay, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                waiting.set(false);
            }
        }

        private void refresh() {
            lastStarted = System.nanoTime();
            waiting.set(false);
            try {
                context.refreshCopies();
            } catch (RuntimeException e) {
                refreshFailed(e); // the next round tries again
            }
        }
    }

    private void rebuildUnlessRunElsewhere(String readModel) {
        try {
            rebuilder.rebuild(readModel);
        } catch (ResponseStatusException e) {
            // another instance runs this read model's processor: it is the one to rebuild it
            log.warn("read model {} not rebuilt at start: {}", readModel, e.getReason());
        }
    }

    private void refreshAliases() {
        try {
            rebuilder.readModels().refreshAliases();
        } catch (RuntimeException e) {
            log.warn("could not re-read the read models' aliases: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        if (copyRefresher != null) {
            copyRefresher.shutdownNow();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
