package org.directivetracker.projections.readmodel;

import java.time.Duration;

/**
 * How far behind the change log the reads on this thread may be answered. By default not at all: each read of a
 * {@link ReadModelCopy} first asks the log whether the copy is current, and brings it up to date if not, waiting for
 * whichever thread is doing so. A request that asks to see no write of its own may instead take the copy's version as
 * it was last found current, if that was at most {@code lag} ago and after {@code notBefore}: no round trip to the
 * store and no wait for another thread's refresh, while this instance's refresher keeps the copies current every
 * fraction of a second.
 *
 * <p>Set around one request and cleared after it, on the thread that runs its queries (Axon's simple query bus runs
 * them on the caller's thread).
 */
public final class ReadLag {

    private static final ThreadLocal<Allowance> ON_THIS_THREAD = new ThreadLocal<>();

    private ReadLag() {
    }

    /** How long ago, and not before when ({@link System#nanoTime()}), a version may have been found current. */
    private record Allowance(long lagNanos, long notBefore) {
    }

    /**
     * Lets the reads on this thread be answered from a version found current at most {@code lag} ago and not before
     * {@code notBefore} ({@link System#nanoTime()}, e.g. when the reader's session last wrote); a zero lag keeps them
     * current.
     */
    public static void allow(Duration lag, long notBefore) {
        if (lag.isZero() || lag.isNegative()) {
            ON_THIS_THREAD.remove();
        } else {
            ON_THIS_THREAD.set(new Allowance(lag.toNanos(), notBefore));
        }
    }

    /** Every read on this thread current again. */
    public static void clear() {
        ON_THIS_THREAD.remove();
    }

    /** Whether a read on this thread may take a version found current at {@code confirmedAt} ({@link System#nanoTime()}). */
    public static boolean allows(long confirmedAt) {
        Allowance allowed = ON_THIS_THREAD.get();
        return allowed != null && confirmedAt - allowed.notBefore() >= 0
            && System.nanoTime() - confirmedAt <= allowed.lagNanos();
    }
}
