package org.directivetracker.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.directivetracker.api.store.StorageConfiguration;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.eventstore.chain.EventHashChain;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.serialization.TrackerSerialization;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.directivetracker.bench.Timing.median;
import static org.directivetracker.bench.Timing.millisOf;
import static org.directivetracker.bench.Timing.secondsSince;

/**
 * Speed of the event store as ratios against the raw driver on the same embedded server, in one process, at growing
 * store sizes. Each ratio is the median of several rounds, after a warm-up, with the engine and the baseline taking
 * turns to go first. The store is filled as the service fills it: a directive issued to 50 communes (one 50-event
 * commit), then 25 one-event commits (reports). Run (from the project root):
 * <pre>
 * tracker-bench/run.sh store [sizes] [memory|h2]        # default: 10000,100000,1000000 memory
 * </pre>
 * System properties (through {@code BENCH_JAVA_OPTS}): {@code bench.rounds} (default 5), {@code bench.batchSizes}: the
 * tracking batch sizes whose rebuild read is compared (default: the engine's default only).
 */
public final class StoreBenchmark {

    private static final int ISSUE_COMMIT = 50;
    private static final int REPORTS_PER_ISSUE = 25;
    private static final int SAMPLE = 500;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private final MongoDatabase database;
    private final EmbeddedMongo server;
    private final MongoEventStorageEngine engine;
    private final EmbeddedEventStore eventStore;
    private final Serializer serializer = TrackerSerialization.serializer();
    private final List<Integer> batchSizes;
    private long filled;
    private int fillDirectives;

    private StoreBenchmark(MongoDatabase database, EmbeddedMongo server, List<Integer> batchSizes) {
        this.database = database;
        this.server = server;
        this.batchSizes = batchSizes;
        this.engine = engineWithBatch(0);
        this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    /** The engine as the service builds it; {@code batchSize} 0 keeps the engine's default. */
    private MongoEventStorageEngine engineWithBatch(int batchSize) {
        MongoEventStorageEngine.Builder builder = MongoEventStorageEngine.builder().database(database)
                .actorKeys(StorageConfiguration.ACTOR_KEYS).durabilityBarrier(server.durabilityBarrier()).eventSerializer(serializer).snapshotSerializer(serializer);
        if (batchSize > 0) {
            builder.batchSize(batchSize);
        }
        return builder.build();
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("de.bwaldvogel"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.mongodb"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        String[] sizes = (args.length > 0 ? args[0] : "10000,100000,1000000").split(",");
        boolean h2 = args.length > 1 && args[1].equals("h2");
        List<Integer> batchSizes = new ArrayList<>();
        for (String batch : System.getProperty("bench.batchSizes", "0").split(",")) {
            batchSizes.add(Integer.parseInt(batch.trim()));
        }
        try (EmbeddedMongo server = h2 ? EmbeddedMongo.start(Files.createTempDirectory("store-bench"))
                : EmbeddedMongo.startInMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            System.out.println("backend: " + server + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                               + " MB, " + ROUNDS + " rounds per ratio (medians)");
            StoreBenchmark bench = new StoreBenchmark(client.getDatabase("bench"), server, batchSizes);
            double[] previous = null;
            for (String size : sizes) {
                double[] costs = bench.measureAt(Long.parseLong(size.trim()));
                if (previous != null) {
                    System.out.printf("  growth vs previous size: append %.2fx, command %.2fx (target <= 1.3x per 10x)%n",
                            costs[0] / previous[0], costs[1] / previous[1]);
                }
                previous = costs;
            }
            bench.eventStore.shutDown();
        }
    }

    /** Fills the store to {@code size} events, prints the ratios, returns {append ms, command ms}. */
    private double[] measureAt(long size) {
        long fillStarted = System.nanoTime();
        fillTo(size);
        double fillSeconds = secondsSince(fillStarted);
        System.gc();
        long used = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20);
        System.out.printf("%n== %,d events stored (filled in %.0f s; heap in use after GC %d MB)%n",
                engine.lastGlobalPosition(), fillSeconds, used);

        // appends: engine (one-event commits, as a progress report) vs raw insertOne of the same documents into a
        // collection with the same unique indexes
        MongoCollection<Document> raw = database.getCollection("raw_" + size);
        raw.createIndex(Indexes.ascending("stream"), new IndexOptions().unique(true));
        String runId = UUID.randomUUID().toString().substring(0, 6);
        long[] rawPosition = {10_000_000L};
        int[] appended = {0};
        Runnable engineAppends = () -> {
            for (int i = 0; i < SAMPLE; i++) {
                engine.appendEvents(report("append-" + runId + "-" + appended[0]++, 0));
            }
        };
        Runnable rawInserts = () -> {
            for (int i = 0; i < SAMPLE; i++) {
                long position = rawPosition[0]++;
                raw.insertOne(rawDocument(report("raw-" + runId + "-" + position, 0), position));
            }
        };
        engineAppends.run(); // warm-up
        rawInserts.run();
        double[][] append = rounds(ROUNDS, engineAppends, rawInserts);
        System.out.printf("  append: engine %.3f ms, raw insert %.3f ms -> engine at %.0f%% of raw (target >= 50%%)%n",
                median(append[0]) / SAMPLE, median(append[1]) / SAMPLE, 100 * median(append[2]));

        // rebuild read: every event from position 0 through tracking vs a raw cursor over the commits
        long[] count = new long[2];
        Runnable rawRead = () -> {
            count[1] = 0;
            for (Document commit : database.getCollection(MongoEventStorageEngine.EVENTS).find().batchSize(1_000)) {
                count[1] += commit.getList("events", Document.class).size();
            }
        };
        for (int batchSize : batchSizes) {
            MongoEventStorageEngine reader = batchSize == 0 ? engine : engineWithBatch(batchSize);
            Runnable trackingRead = () -> {
                count[0] = 0;
                try (Stream<? extends TrackedEventMessage<?>> stream = reader.readEvents(null, false)) {
                    Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                    while (events.hasNext()) {
                        events.next().getPayloadType();
                        count[0]++;
                    }
                }
            };
            int readRounds = Math.max(1, ROUNDS / 2);
            double[][] read = rounds(readRounds, trackingRead, rawRead);
            System.out.printf("  rebuild read%s: tracking %,d events in %.0f ms, raw cursor %,d in %.0f ms -> %.0f%% of raw"
                              + " (target >= 30%%; median of %d)%n", batchSize == 0 ? "" : " (batch " + batchSize + ")",
                    count[0], median(read[0]), count[1], median(read[1]), 100 * median(read[2]), readRounds);
        }

        // a command on a long stream (with snapshot) vs a short one: load + append one event
        String shortId = "short-" + runId;
        String longId = "long-" + runId;
        engine.appendEvents(reports(shortId, 0, 10));
        for (int i = 0; i < 5_000; i += 100) {
            engine.appendEvents(reports(longId, i, 100));
        }
        engine.storeSnapshot(new GenericDomainEventMessage<>("Directive", longId, 4_999,
                new ProgressReported(longId, "32008", 99, "snapshot")));
        long[] sequences = {10, 5_000};
        Runnable shortCommands = () -> sequences[0] = commands(shortId, sequences[0]);
        Runnable longCommands = () -> sequences[1] = commands(longId, sequences[1]);
        shortCommands.run(); // warm-up
        longCommands.run();
        double[][] command = rounds(ROUNDS, longCommands, shortCommands);
        double shortMs = median(command[1]) / COMMANDS;
        double longMs = median(command[0]) / COMMANDS;
        System.out.printf("  command (load + append): 10-event stream %.3f ms, 5,000-event stream with snapshot"
                          + " %.3f ms -> %.2fx (target <= 1.5x)%n", shortMs, longMs, 1 / median(command[2]));
        return new double[]{median(append[0]) / SAMPLE, (shortMs + longMs) / 2};
    }

    private static final int COMMANDS = 200;

    /** Loads the aggregate and appends one event, {@value #COMMANDS} times; returns the next sequence. */
    private long commands(String aggregateId, long nextSequence) {
        long sequence = nextSequence;
        for (int i = 0; i < COMMANDS; i++) {
            eventStore.readEvents(aggregateId).asStream().count();
            engine.appendEvents(report(aggregateId, sequence++));
        }
        return sequence;
    }

    /**
     * Runs the measured work and its baseline {@code rounds} times, taking turns to go first; returns the times in ms
     * of each ({@code [0]}, {@code [1]}) and the ratios baseline / measured ({@code [2]}) per round.
     */
    private static double[][] rounds(int rounds, Runnable measured, Runnable baseline) {
        double[][] result = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                result[0][round] = millisOf(measured);
                result[1][round] = millisOf(baseline);
            } else {
                result[1][round] = millisOf(baseline);
                result[0][round] = millisOf(measured);
            }
            result[2][round] = result[1][round] / result[0][round];
        }
        return result;
    }

    /** A directive issued to 50 communes, then 25 reports, each its own commit, until the store holds {@code size}. */
    private void fillTo(long size) {
        while (filled < size) {
            String directiveId = "fill-" + fillDirectives++;
            int count = (int) Math.min(ISSUE_COMMIT, size - filled);
            engine.appendEvents(reports(directiveId, 0, count));
            filled += count;
            for (int report = 0; report < REPORTS_PER_ISSUE && filled < size; report++) {
                engine.appendEvents(report(directiveId, count + report));
                filled++;
            }
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

}
