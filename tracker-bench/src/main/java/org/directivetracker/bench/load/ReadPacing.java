package org.directivetracker.bench.load;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * When one leader's next read goes. Closed loop (the default): as soon as the read before is answered, so the readers
 * take every core they can get and their latencies include the queue they make themselves. Paced: on a fixed
 * schedule, and each read is timed from when it was due rather than from when it went, so a read held up by a slow one
 * before it counts that wait (no coordinated omission).
 */
final class ReadPacing {
    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private long nextDue;

    /** Waits until a moment of {@link System#nanoTime()}; a test's sleeper moves its own clock. */
    interface Sleeper {
        void sleepUntil(long nanoTime);
    }

    private ReadPacing(long intervalNanos, long firstDue, LongSupplier clock, Sleeper sleeper) {
        this.intervalNanos = intervalNanos;
        this.nextDue = firstDue;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static ReadPacing closedLoop() {
        return new ReadPacing(0, 0, System::nanoTime, until -> { });
    }

    /**
     * One reader's share of {@code readsPerSecond} read by {@code readers} in all, its first read at a random point of
     * its first interval so that the readers do not all go at once.
     */
    static ReadPacing share(double readsPerSecond, int readers) {
        long interval = intervalNanos(readsPerSecond, readers);
        long now = System.nanoTime();
        return new ReadPacing(interval, now + ThreadLocalRandom.current().nextLong(interval), System::nanoTime,
                ReadPacing::parkUntil);
    }

    static ReadPacing share(double readsPerSecond, int readers, long firstDue, LongSupplier clock, Sleeper sleeper) {
        return new ReadPacing(intervalNanos(readsPerSecond, readers), firstDue, clock, sleeper);
    }

    private static long intervalNanos(double readsPerSecond, int readers) {
        if (!(readsPerSecond > 0) || readers <= 0) {
            throw new IllegalArgumentException("a paced read rate must be above 0 with at least one reader, got "
                                               + readsPerSecond + " reads/s for " + readers + " readers");
        }
        return Math.max(1, Math.round(readers * 1e9 / readsPerSecond));
    }

    /**
     * Waits until the next read is due and says when that was ({@link System#nanoTime()}), which is when its time starts:
     * now in a closed loop; in a paced one the due moment, in the past when the reads before it ran late.
     */
    long awaitNext() {
        if (intervalNanos == 0) {
            return clock.getAsLong();
        }
        long due = nextDue;
        nextDue += intervalNanos;
        if (clock.getAsLong() < due) {
            sleeper.sleepUntil(due);
        }
        return due;
    }

    private static void parkUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0 && !Thread.currentThread().isInterrupted();
             left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
