package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.serialization.TrackerSerialization;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Child process of {@link CrashDurabilityTest}: appends to the embedded store (from one writer, or from several at
 * once), prints each acknowledged append and dies abruptly right after the last one, as a killed server would.
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
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        if (writers > 1) {
            appendConcurrently(engine, appends, writers);
        }
        for (int i = 0; i < appends; i++) {
            DomainEventMessage<?> event = StoreFixtures.progress("d-" + (i % 7), i / 7, i % 101);
            engine.appendEvents(event);
            acknowledge(event);
        }
        Runtime.getRuntime().halt(0);
    }

    /**
     * Writer {@code w} appends to directive {@code d-w}; the process dies right after the {@code appends}-th
     * acknowledgement, whatever the other writers are doing (some appends are then written and not yet answered).
     */
    private static void appendConcurrently(MongoEventStorageEngine engine, int appends, int writers) {
        AtomicInteger acknowledged = new AtomicInteger();
        for (int w = 0; w < writers; w++) {
            String directive = "d-" + w;
            new Thread(() -> {
                for (long sequence = 0; ; sequence++) {
                    DomainEventMessage<?> event = StoreFixtures.progress(directive, sequence, (int) (sequence % 101));
                    engine.appendEvents(event);
                    synchronized (CrashingAppender.class) {
                        acknowledge(event);
                        if (acknowledged.incrementAndGet() == appends) {
                            Runtime.getRuntime().halt(0);
                        }
                    }
                }
            }).start();
        }
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void acknowledge(DomainEventMessage<?> event) {
        System.out.println("ACK " + event.getAggregateIdentifier() + " " + event.getSequenceNumber());
        System.out.flush();
    }
}
