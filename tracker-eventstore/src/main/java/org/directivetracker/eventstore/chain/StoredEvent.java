package org.directivetracker.eventstore.chain;

import java.time.Instant;

/** One event of an aggregate's stream exactly as the store holds it, for auditors (history, verification, export). */
public record StoredEvent(long globalPosition, String aggregateId, String aggregateType, long sequence,
                          String eventId, String payloadType, String revision, Instant timestamp,
                          String payloadJson, String metadataJson, String hash) {
}
