package org.directivetracker.eventstore.mongo;

/**
 * What the stored commits hold of one aggregate, found by scanning them rather than by reading its stream.
 *
 * @param highestSequence the highest sequence of its events
 * @param events          how many of its events are stored; more than its stream reaches when a commit lies outside it
 */
public record StoredExtent(long highestSequence, long events) {

    /** One event. */
    static StoredExtent of(long sequence) {
        return new StoredExtent(sequence, 1);
    }

    /** This extent and one more event. */
    StoredExtent with(long sequence) {
        return new StoredExtent(Math.max(highestSequence, sequence), events + 1);
    }
}
