package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.eventstore.mongo.CommitLayout.AGGREGATE_TYPE;
import static org.directivetracker.eventstore.mongo.CommitLayout.EVENT_ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.METADATA;
import static org.directivetracker.eventstore.mongo.CommitLayout.PAYLOAD;
import static org.directivetracker.eventstore.mongo.CommitLayout.PAYLOAD_TYPE;
import static org.directivetracker.eventstore.mongo.CommitLayout.REVISION;
import static org.directivetracker.eventstore.mongo.CommitLayout.SEQUENCE;
import static org.directivetracker.eventstore.mongo.CommitLayout.TIMESTAMP;
import static org.directivetracker.eventstore.mongo.CommitLayout.domainEntry;

/** One snapshot per aggregate, keyed by its id; a snapshot older than the stored one is not kept. */
final class SnapshotStore {

    private final MongoCollection<Document> snapshots;

    SnapshotStore(MongoCollection<Document> snapshots) {
        this.snapshots = snapshots;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        String aggregateId = snapshot.getAggregateIdentifier();
        Document current = snapshots.find(eq(ID, aggregateId)).first();
        if (current != null && current.get(SEQUENCE, Number.class).longValue() >= snapshot.getSequenceNumber()) {
            return;
        }
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = snapshot.serializeMetaData(serializer, String.class);
        Document document = new Document(ID, aggregateId)
                .append(AGGREGATE_TYPE, snapshot.getType())
                .append(SEQUENCE, snapshot.getSequenceNumber())
                .append(EVENT_ID, snapshot.getIdentifier())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(REVISION, payload.getType().getRevision())
                .append(TIMESTAMP, snapshot.getTimestamp().toString())
                .append(PAYLOAD, payload.getData())
                .append(METADATA, metadata.getData());
        snapshots.replaceOne(eq(ID, aggregateId), document, new ReplaceOptions().upsert(true));
    }

    Stream<? extends DomainEventData<?>> read(String aggregateId) {
        Document snapshot = snapshots.find(eq(ID, aggregateId)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        return Stream.of(domainEntry(snapshot, aggregateId));
    }
}
