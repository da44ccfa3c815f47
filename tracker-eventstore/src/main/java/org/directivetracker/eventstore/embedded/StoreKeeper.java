package org.directivetracker.eventstore.embedded;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Does what H2's background thread did, but through the {@link CommitGate}: once a second it commits what is unsaved
 * (an append is flushed at once by its own group commit; this covers the read models' and the outbox's writes) and
 * rewrites a few of the chunks that hold little live data, so that their space can be reused.
 */
final class StoreKeeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreKeeper.class);
    static final long INTERVAL_MILLIS = 1_000;
    /** Chunks are rewritten while the live share of all chunks is below this, as H2's housekeeping does (90%). */
    private static final int TARGET_FILL_RATE = 90;
    /** At most this much rewritten per pass: what H2's housekeeping rewrites while writes go on. */
    private static final int REWRITE_BYTES = 19 * 1024 * 1024 / 4;

    private final MVStore store;
    private final CommitGate gate;
    /** Told once when the store is found closed by something else than its owner (H2 closes it on a failed write). */
    private final Runnable closedUnderneath;
    private boolean closedSeen;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread keeper = new Thread(task, "embedded-store-keeper");
        keeper.setDaemon(true);
        return keeper;
    });

    StoreKeeper(MVStore store, CommitGate gate, Runnable closedUnderneath) {
        this.store = store;
        this.gate = gate;
        this.closedUnderneath = closedUnderneath;
        thread.scheduleWithFixedDelay(this::keep, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void keep() {
        try {
            if (store.isClosed()) {
                if (!closedSeen) {
                    closedSeen = true;
                    closedUnderneath.run();
                }
                return;
            }
            gate.commit(store);
            store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
        } catch (RuntimeException e) {
            // a failed pass must not end the schedule: the next one commits again
            if (!store.isClosed()) {
                log.warn("the embedded store's keeper failed a pass", e);
            }
        }
    }

    /** Stops the passes, letting one in progress end (an interrupt would close H2's file); the store's close commits what is left. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("the embedded store's keeper did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
