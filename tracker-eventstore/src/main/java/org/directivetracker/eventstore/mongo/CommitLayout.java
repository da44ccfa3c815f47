package org.directivetracker.eventstore.mongo;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.directivetracker.eventstore.chain.StoredEvent;

import java.time.Instant;

/**
 * The documents the engine stores: field names and the conversions every part of it shares. Changing any of them
 * changes the stored format, which existing data must still read.
 */
final class CommitLayout {

    static final String COUNTER_ID = "events";
    static final String ALLOCATED = "allocated";
    static final String LARGEST_COMMIT = "largestCommit";

    static final String ID = "_id";
    static final String STREAM = "stream";
    static final String COUNT = "count";
    static final String EVENTS_FIELD = "events";
    static final String POSITION = "position";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String SEQUENCE = "sequence";
    static final String EVENT_ID = "eventId";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String REVISION = "revision";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD = "payload";
    static final String METADATA = "metadata";
    static final String HASH = "hash";

    private CommitLayout() {
    }

    /** The unique key of a commit: aggregate id + "/" + the sequence of its first event. */
    static String streamKey(String aggregateId, long firstSequence) {
        return aggregateId + "/" + firstSequence;
    }

    static long firstSequence(Document commit) {
        String key = commit.getString(STREAM);
        return Long.parseLong(key.substring(key.lastIndexOf('/') + 1));
    }

    /** The last position a commit covers. */
    static long lastPosition(Document commit) {
        return commit.getLong(ID) + commit.getInteger(COUNT) - 1;
    }

    /** A stored event or snapshot of an aggregate as Axon reads it. */
    static GenericDomainEventEntry<String> domainEntry(Document event, String aggregateId) {
        return new GenericDomainEventEntry<>(event.getString(AGGREGATE_TYPE), aggregateId,
                event.get(SEQUENCE, Number.class).longValue(), event.getString(EVENT_ID), event.getString(TIMESTAMP),
                event.getString(PAYLOAD_TYPE), event.getString(REVISION), event.getString(PAYLOAD),
                event.getString(METADATA));
    }

    static StoredEvent storedEvent(Document event) {
        return new StoredEvent(event.getLong(POSITION), event.getString(AGGREGATE_ID), event.getString(AGGREGATE_TYPE),
                event.getLong(SEQUENCE), event.getString(EVENT_ID), event.getString(PAYLOAD_TYPE),
                event.getString(REVISION), Instant.parse(event.getString(TIMESTAMP)), event.getString(PAYLOAD),
                event.getString(METADATA), event.getString(HASH));
    }

    static SerializedObject<String> serialized(String data, String type, String revision) {
        return new SimpleSerializedObject<>(data, String.class, new SimpleSerializedType(type, revision));
    }
}
