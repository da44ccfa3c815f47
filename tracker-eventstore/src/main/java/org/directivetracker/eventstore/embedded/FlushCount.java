package org.directivetracker.eventstore.embedded;

/** Flushes of the store to disk made for appends, and the appends they covered. */
public record FlushCount(long flushes, long appends) {

    /** Appends covered per flush made since {@code earlier}; 0 when no flush was made. */
    public double appendsPerFlushSince(FlushCount earlier) {
        long flushesSince = flushes - earlier.flushes;
        return flushesSince == 0 ? 0 : (double) (appends - earlier.appends) / flushesSince;
    }
}
