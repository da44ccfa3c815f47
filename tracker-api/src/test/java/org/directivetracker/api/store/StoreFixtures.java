package org.directivetracker.api.store;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.MetaData;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.serialization.TrackerSerialization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Events as the directive aggregate would publish them, with the metadata the server sets; the store's own tests use
 * payloads of their own, without domain types.
 */
public final class StoreFixtures {

    static final String AGGREGATE_TYPE = "Directive";

    private StoreFixtures() {
    }

    /** The engine as the service configures it, on a database of the embedded server. */
    public static MongoEventStorageEngine engine(MongoDatabase database, EmbeddedMongo server) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .actorKeys(StorageConfiguration.ACTOR_KEYS)
                .durabilityBarrier(server.durabilityBarrier())
                .eventSerializer(TrackerSerialization.serializer())
                .snapshotSerializer(TrackerSerialization.serializer())
                .build();
    }

    /** The Mongo extension's token store, as the service configures it. */
    public static MongoTokenStore tokenStore(MongoDatabase database) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(TrackerSerialization.serializer())
                .build();
    }

    static MetaData actor(String account, String role, String commune) {
        return MetaData.with(MetadataKeys.ACCOUNT, account).and(MetadataKeys.ROLE, role)
                       .and(MetadataKeys.COMMUNE, commune).and(MetadataKeys.REQUEST_ID, UUID.randomUUID().toString());
    }

    static DomainEventMessage<ProgressReported> progress(String directiveId, long sequence, int percent) {
        return progress(directiveId, sequence, percent, Instant.now());
    }

    static DomainEventMessage<ProgressReported> progress(String directiveId, long sequence, int percent, Instant at) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, directiveId, sequence,
                new ProgressReported(directiveId, "32008", percent, "report " + sequence),
                actor("chair-32008", "COMMUNE", "32008"), UUID.randomUUID().toString(), at);
    }

    /** {@code count} consecutive progress reports of one directive, from {@code firstSequence}. */
    static List<DomainEventMessage<?>> reports(String directiveId, long firstSequence, int count) {
        return reports(directiveId, firstSequence, count, Instant.now());
    }

    static List<DomainEventMessage<?>> reports(String directiveId, long firstSequence, int count, Instant at) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(progress(directiveId, firstSequence + i, (int) ((firstSequence + i) % 101), at));
        }
        return events;
    }
}
