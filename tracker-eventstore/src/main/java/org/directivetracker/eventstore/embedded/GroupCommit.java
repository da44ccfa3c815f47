package org.directivetracker.eventstore.embedded;

import org.directivetracker.eventstore.mongo.DurabilityBarrier;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent appends share one flush to disk. An append whose write is done takes a ticket; if no flush is
 * running it starts one, which covers every ticket taken so far (their writes were done before their tickets were
 * taken, so before the flush began); if a flush is running it waits for the next one, which covers it. Each append
 * still returns only once a flush that began after its write has finished: the guarantee of one flush per append, at
 * the cost of about one flush per batch of concurrent appends.
 */
final class GroupCommit implements DurabilityBarrier {

    private final Runnable flush;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushEnded = lock.newCondition();
    /** Tickets handed out: appends whose writes are done and that asked to be made durable. */
    private long ticketsTaken;
    /** Every ticket up to this one is covered by a flush that has finished. */
    private long ticketsCovered;
    private boolean flushing;
    private long flushes;

    GroupCommit(Runnable flush) {
        this.flush = flush;
    }

    /** Flushes that have finished, and the appends they covered: how well appends are grouped. */
    FlushCount flushCount() {
        lock.lock();
        try {
            return new FlushCount(flushes, ticketsCovered);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void afterAppend() {
        long coveredByMyFlush;
        lock.lock();
        try {
            long ticket = ++ticketsTaken;
            while (flushing && ticketsCovered < ticket) {
                flushEnded.awaitUninterruptibly();
            }
            if (ticketsCovered >= ticket) {
                return;
            }
            flushing = true;
            coveredByMyFlush = ticketsTaken;
        } finally {
            lock.unlock();
        }
        boolean flushed = false;
        try {
            flush.run();
            flushed = true;
        } finally {
            lock.lock();
            try {
                if (flushed) {
                    ticketsCovered = Math.max(ticketsCovered, coveredByMyFlush);
                    flushes++;
                }
                // after a failed flush the waiting appends are not covered: one of them flushes again
                flushing = false;
                flushEnded.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
