package org.directivetracker.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.directivetracker.api.store.StorageConfiguration;
import org.directivetracker.bench.Timing;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.embedded.EmbeddedMongo.StoreTuning;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.serialization.TrackerSerialization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What the H2 page cache does for aggregate loads and appends on a store larger than it. The H2 backend keeps each
 * document Java-serialized in its pages, so a page missing from the cache is read and deserialized whole. One store is
 * filled with reports that arrive interleaved across directives (each directive's commits spread over the file), then
 * reopened with each cache size in turn and the same random aggregate loads and appends timed, from a cold cache.
 * Run (from the project root):
 * <pre>
 * tracker-bench/run.sh cache [events] [cache sizes in MB]   # default: 300000 16,256
 * </pre>
 */
public final class PageCacheBenchmark {

    private static final int REPORTS_PER_DIRECTIVE = 30;
    private static final int LOADS = 2_000;
    private static final int APPENDS = 300;

    private PageCacheBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("de.bwaldvogel"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.mongodb"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        String[] cacheSizes = (args.length > 1 ? args[1] : "16,256").split(",");
        int directives = events / REPORTS_PER_DIRECTIVE;
        Path dataDir = Files.createTempDirectory("page-cache-bench");
        long fillStarted = System.nanoTime();
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoEventStorageEngine engine = engine(client, server);
            for (int report = 0; report < REPORTS_PER_DIRECTIVE; report++) {
                List<DomainEventMessage<?>> round = new ArrayList<>(directives);
                for (int d = 0; d < directives; d++) {
                    round.add(report("d-" + d, report));
                }
                engine.appendEvents(round);
            }
        }
        System.out.printf("%,d events of %,d directives stored in %.0f s; file %,d MB; max heap %,d MB%n",
                directives * REPORTS_PER_DIRECTIVE, directives, Timing.secondsSince(fillStarted),
                Files.size(dataDir.resolve(EmbeddedMongo.DATA_FILE)) >> 20, Runtime.getRuntime().maxMemory() >> 20);
        double baselineLoad = 0;
        double baselineAppend = 0;
        for (String size : cacheSizes) {
            int cacheMegabytes = Integer.parseInt(size.trim());
            try (EmbeddedMongo server = EmbeddedMongo.start(dataDir, new StoreTuning(cacheMegabytes, 45_000));
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoEventStorageEngine engine = engine(client, server);
                Random random = new Random(17);
                double loadMillis = Timing.millisOf(() -> {
                    for (int i = 0; i < LOADS; i++) {
                        engine.readEvents("d-" + random.nextInt(directives)).asStream().forEach(event -> {
                        });
                    }
                }) / LOADS;
                long[] nextSequence = new long[directives];
                double appendMillis = Timing.millisOf(() -> {
                    for (int i = 0; i < APPENDS; i++) {
                        int d = random.nextInt(directives);
                        engine.appendEvents(report("d-" + d, REPORTS_PER_DIRECTIVE + nextSequence[d]++));
                    }
                }) / APPENDS;
                if (baselineLoad == 0) {
                    baselineLoad = loadMillis;
                    baselineAppend = appendMillis;
                }
                System.out.printf("cache %4d MB: aggregate load %.2f ms (%.2fx of the first), append %.2f ms (%.2fx)%n",
                        cacheMegabytes, loadMillis, loadMillis / baselineLoad, appendMillis, appendMillis / baselineAppend);
            }
        }
    }

    private static MongoEventStorageEngine engine(MongoClient client, EmbeddedMongo server) {
        Serializer serializer = TrackerSerialization.serializer();
        return MongoEventStorageEngine.builder().database(client.getDatabase("bench"))
                .actorKeys(StorageConfiguration.ACTOR_KEYS).durabilityBarrier(server.durabilityBarrier())
                .hashCacheSize(1_000)
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
    }

    private static DomainEventMessage<?> report(String directiveId, long sequence) {
        MetaData actor = MetaData.with("account", "chair-31951").and("role", "COMMUNE").and("commune", "31951");
        return new GenericDomainEventMessage<>("Directive", directiveId, sequence,
                new ProgressReported(directiveId, "31951", (int) (sequence % 101), "Báo cáo tiến độ lần " + sequence),
                actor, UUID.randomUUID().toString(), Instant.now());
    }
}
