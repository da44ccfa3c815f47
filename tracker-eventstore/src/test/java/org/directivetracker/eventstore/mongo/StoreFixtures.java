package org.directivetracker.eventstore.mongo;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.directivetracker.eventstore.chain.ActorKeys;
import org.directivetracker.eventstore.serialization.TrackerSerialization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Events as an aggregate of the application would publish them, with the metadata its server sets. */
final class StoreFixtures {

    static final String AGGREGATE_TYPE = "Directive";
    /** The application's metadata keys of the actor, which the hash covers. */
    static final ActorKeys ACTOR_KEYS = new ActorKeys("account", "role", "commune");

    private StoreFixtures() {
    }

    static MetaData actor(String account, String role, String commune) {
        return MetaData.with(ACTOR_KEYS.account(), account).and(ACTOR_KEYS.role(), role)
                       .and(ACTOR_KEYS.commune(), commune).and("requestId", UUID.randomUUID().toString());
    }

    static DomainEventMessage<SampleReport> progress(String directiveId, long sequence, int percent) {
        return progress(directiveId, sequence, percent, Instant.now());
    }

    static DomainEventMessage<SampleReport> progress(String directiveId, long sequence, int percent, Instant at) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, directiveId, sequence,
                new SampleReport(directiveId, "32008", percent, "report " + sequence),
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

    /** An engine on {@code database} holding two directives: d-1 with 7 events in two commits (0-3, 4-6), d-2 with 2. */
    static MongoEventStorageEngine twoDirectives(MongoDatabase database) {
        Serializer serializer = TrackerSerialization.serializer();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database).actorKeys(ACTOR_KEYS)
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
        engine.appendEvents(reports("d-1", 0, 4));
        engine.appendEvents(reports("d-1", 4, 3));
        engine.appendEvents(reports("d-2", 0, 2));
        return engine;
    }
}
