package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.serialization.TrackerSerialization;

import java.nio.file.Path;

/**
 * Child process of {@link CrashDurabilityTest}: appends to the embedded store, prints each acknowledged position and
 * dies abruptly right after the last one, as a killed server would.
 */
public final class CrashingAppender {

    private CrashingAppender() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int appends = Integer.parseInt(args[1]);
        EmbeddedMongo server = EmbeddedMongo.start(dataDir);
        MongoClient client = MongoClients.create(server.connectionString());
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(client.getDatabase("tracker"))
                .actorKeys(StoreFixtures.ACTOR_KEYS)
                .durabilityBarrier(server.durabilityBarrier())
                .eventSerializer(TrackerSerialization.serializer())
                .snapshotSerializer(TrackerSerialization.serializer())
                .build();
        for (int i = 0; i < appends; i++) {
            DomainEventMessage<?> event = StoreFixtures.progress("d-" + (i % 7), i / 7, i % 101);
            engine.appendEvents(event);
            System.out.println("ACK " + event.getAggregateIdentifier() + " " + event.getSequenceNumber());
            System.out.flush();
        }
        Runtime.getRuntime().halt(0);
    }
}
