package org.directivetracker.eventstore.mongo;

/**
 * What the stored commits hold of one aggregate, found by scanning them rather than by reading its stream.
 *
 * @param highestSequence the highest sequence of its events
 * @param events          how many of its events are stored; more than its stream reaches when a commit lies outside it
 */
public record StoredExtent(long highestSequence, long events) {
}
