package org.directivetracker.eventstore.checkpoint;

/**
 * Where one stream stood when a checkpoint was signed.
 *
 * @param streamId the aggregate id
 * @param length   how many events it held (its highest sequence plus one)
 * @param lastHash the stored hash of its last event
 */
public record StreamHead(String streamId, long length, String lastHash) {
}
