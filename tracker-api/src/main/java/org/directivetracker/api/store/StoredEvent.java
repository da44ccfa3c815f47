package org.directivetracker.api.store;

import java.time.Instant;

/**
 * One event exactly as the store holds it, for auditors (history, verification, export). {@code aggregateId} and
 * {@code aggregateType} are null, and {@code sequence} 0, for an event that belongs to no aggregate.
 */
public record StoredEvent(long globalPosition, String aggregateId, String aggregateType, long sequence,
                          String eventId, String payloadType, String revision, Instant timestamp,
                          String payloadJson, String metadataJson, String hash) {
}
