package org.directivetracker.bench.load;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * When one actor's next call goes (a leader's read, a chair's write, the auditor's replay). Closed loop (the default):
 * as soon as the call before is answered, so the actors take every core they can get and their latencies include the
 * queue they make themselves (with n actors always waiting, a call's mean time is n over the calls per second). Paced:
 * on a fixed schedule, and each call is timed from when it was due rather than from when it went, so a call held up
 * by a slow one before it counts that wait (no coordinated omission).
 */
final class Pacing {
    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private long nextDue;

    /** Waits until a moment of {@link System#nanoTime()}; a test's sleeper moves its own clock. */
    interface Sleeper {
        void sleepUntil(long nanoTime);
    }

    private Pacing(long intervalNanos, long firstDue, LongSupplier clock, Sleeper sleeper) {
        this.intervalNanos = intervalNanos;
        this.nextDue = firstDue;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static Pacing closedLoop() {
        return new Pacing(0, 0, System::nanoTime, until -> { });
    }

    /**
     * One actor's share of {@code callsPerSecond} made by {@code actors} in all, its first call at a random point of
     * its first interval so that the actors do not all go at once.
     */
    static Pacing share(double callsPerSecond, int actors) {
        long interval = intervalNanos(callsPerSecond, actors);
        long now = System.nanoTime();
        return new Pacing(interval, now + ThreadLocalRandom.current().nextLong(interval), System::nanoTime,
                Pacing::parkUntil);
    }

    static Pacing share(double callsPerSecond, int actors, long firstDue, LongSupplier clock, Sleeper sleeper) {
        return new Pacing(intervalNanos(callsPerSecond, actors), firstDue, clock, sleeper);
    }

    private static long intervalNanos(double callsPerSecond, int actors) {
        if (!(callsPerSecond > 0) || actors <= 0) {
            throw new IllegalArgumentException("a paced rate must be above 0 with at least one actor, got "
                                               + callsPerSecond + " calls/s for " + actors + " actors");
        }
        return Math.max(1, Math.round(actors * 1e9 / callsPerSecond));
    }

    /**
     * Waits until the next call is due and says when that was ({@link System#nanoTime()}), which is when its time starts:
     * now in a closed loop; in a paced one the due moment, in the past when the calls before it ran late.
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
