package org.directivetracker.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.directivetracker.api.store.EmbeddedMongo;
import org.directivetracker.api.store.EventHashChain;
import org.directivetracker.api.store.MongoEventStorageEngine;
import org.directivetracker.api.store.TrackerSerialization;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.ProgressReported;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Speed of the event store as ratios against the raw driver on the same embedded server, in one process, at growing
 * store sizes. Run:
 * <pre>
 * mvn -q -B -pl tracker-bench -am package -DskipTests
 * mvn -q -B -pl tracker-bench exec:java -Dbench.main=org.directivetracker.bench.store.StoreBenchmark \
 *     -Dexec.args="10000,100000,1000000 memory"      # or "... h2" for the H2 file backend
 * </pre>
 */
public final class StoreBenchmark {

    private static final int FILL_COMMIT = 50;
    private static final int SAMPLE = 1_000;

    private final MongoDatabase database;
    private final MongoEventStorageEngine engine;
    private final EmbeddedEventStore eventStore;
    private final Serializer serializer = TrackerSerialization.serializer();
    private long filled;
    private int fillDirectives;

    private StoreBenchmark(MongoDatabase database, EmbeddedMongo server) {
        this.database = database;
        this.engine = MongoEventStorageEngine.builder().database(database).durabilityBarrier(server.durabilityBarrier())
                                             .eventSerializer(serializer).snapshotSerializer(serializer).build();
        this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = (args.length > 0 ? args[0] : "10000,100000,1000000").split(",");
        boolean h2 = args.length > 1 && args[1].equals("h2");
        try (EmbeddedMongo server = h2 ? EmbeddedMongo.start(Files.createTempDirectory("store-bench"))
                : EmbeddedMongo.startInMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            System.out.println("backend: " + server + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            StoreBenchmark bench = new StoreBenchmark(client.getDatabase("bench"), server);
            double[] previous = null;
            for (String size : sizes) {
                double[] costs = bench.measureAt(Long.parseLong(size.trim()));
                if (previous != null) {
                    System.out.printf("  growth vs previous size: append %.2fx, load %.2fx (target <= 1.3x per 10x)%n",
                            costs[0] / previous[0], costs[1] / previous[1]);
                }
                previous = costs;
            }
            bench.eventStore.shutDown();
        }
    }

    /** Fills the store to {@code size} events, prints the ratios, returns {append ms, load ms} per command. */
    private double[] measureAt(long size) {
        fillTo(size);
        System.gc();
        long used = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20);
        System.out.printf("%n== %,d events stored (heap in use %d MB)%n", engine.lastGlobalPosition(), used);

        // appends: engine (one-event commits, as a progress report) vs raw insertOne of the same documents
        MongoCollection<Document> raw = database.getCollection("raw_" + size);
        String runId = UUID.randomUUID().toString().substring(0, 6);
        double engineAppend = timeMs(() -> {
            for (int i = 0; i < SAMPLE; i++) {
                engine.appendEvents(report("append-" + runId + "-" + i, 0));
            }
        }) / SAMPLE;
        double rawInsert = timeMs(() -> {
            for (int i = 0; i < SAMPLE; i++) {
                raw.insertOne(rawDocument(report("raw-" + runId + "-" + i, 0), 10_000_000L + i));
            }
        }) / SAMPLE;
        System.out.printf("  append: engine %.3f ms, raw insert %.3f ms -> engine at %.0f%% of raw (target >= 50%%)%n",
                engineAppend, rawInsert, 100 * rawInsert / engineAppend);

        // rebuild read: every event from position 0 through tracking vs a raw cursor over the commits
        long[] count = new long[2];
        double trackingMs = timeMs(() -> {
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                while (events.hasNext()) {
                    events.next().getPayloadType();
                    count[0]++;
                }
            }
        });
        double rawMs = timeMs(() -> {
            for (Document commit : database.getCollection(MongoEventStorageEngine.EVENTS).find().batchSize(1_000)) {
                count[1] += commit.getList("events", Document.class).size();
            }
        });
        System.out.printf("  rebuild read: tracking %,d events in %.0f ms, raw cursor %,d in %.0f ms -> %.0f%% of raw"
                          + " (target >= 30%%)%n", count[0], trackingMs, count[1], rawMs, 100 * rawMs / trackingMs);

        // a command on a long stream (with snapshot) vs a short one: load + append one event
        String shortId = "short-" + runId;
        String longId = "long-" + runId;
        engine.appendEvents(reports(shortId, 0, 10));
        for (int i = 0; i < 5_000; i += 100) {
            engine.appendEvents(reports(longId, i, 100));
        }
        engine.storeSnapshot(new GenericDomainEventMessage<>("Directive", longId, 4_999,
                new ProgressReported(longId, "32008", 99, "snapshot")));
        double shortMs = commandMs(shortId, 10);
        double longMs = commandMs(longId, 5_000);
        System.out.printf("  command (load + append): 10-event stream %.3f ms, 5,000-event stream with snapshot"
                          + " %.3f ms -> %.2fx (target <= 1.5x)%n", shortMs, longMs, longMs / shortMs);
        return new double[]{engineAppend, (shortMs + longMs) / 2};
    }

    private double commandMs(String aggregateId, long nextSequence) {
        long[] sequence = {nextSequence};
        for (int i = 0; i < 50; i++) { // warm-up
            eventStore.readEvents(aggregateId).asStream().count();
        }
        return timeMs(() -> {
            for (int i = 0; i < 200; i++) {
                eventStore.readEvents(aggregateId).asStream().count();
                engine.appendEvents(report(aggregateId, sequence[0]++));
            }
        }) / 200;
    }

    private void fillTo(long size) {
        while (filled < size) {
            int count = (int) Math.min(FILL_COMMIT, size - filled);
            engine.appendEvents(reports("fill-" + fillDirectives++, 0, count));
            filled += count;
        }
    }

    private static List<DomainEventMessage<?>> reports(String directiveId, long first, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(report(directiveId, first + i));
        }
        return events;
    }

    private static DomainEventMessage<?> report(String directiveId, long sequence) {
        return new GenericDomainEventMessage<>("Directive", directiveId, sequence,
                new ProgressReported(directiveId, "32008", (int) (sequence % 101), "survey of households done"),
                MetaData.with(MetadataKeys.ACCOUNT, "chair-32008").and(MetadataKeys.ROLE, "COMMUNE")
                        .and(MetadataKeys.COMMUNE, "32008"));
    }

    /** The document the engine would write for a one-event commit, built without the engine. */
    private Document rawDocument(DomainEventMessage<?> event, long position) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = event.serializeMetaData(serializer, String.class);
        String timestamp = event.getTimestamp().toString();
        String hash = EventHashChain.hash(EventHashChain.GENESIS, event.getAggregateIdentifier(), 0,
                payload.getType().getName(), timestamp, "chair-32008", "COMMUNE", "32008", payload.getData());
        Document stored = new Document("position", position).append("aggregateId", event.getAggregateIdentifier())
                .append("aggregateType", "Directive").append("sequence", event.getSequenceNumber())
                .append("eventId", event.getIdentifier()).append("payloadType", payload.getType().getName())
                .append("revision", null).append("timestamp", timestamp).append("payload", payload.getData())
                .append("metadata", metadata.getData()).append("hash", hash);
        return new Document("_id", position).append("stream", event.getAggregateIdentifier() + "/0")
                                            .append("count", 1).append("events", List.of(stored));
    }

    private static double timeMs(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

}
