package org.directivetracker.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.directivetracker.api.store.StorageConfiguration;
import org.directivetracker.bench.Timing;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.mongo.DurabilityBarrier;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.serialization.TrackerSerialization;

import java.nio.file.Files;
import java.util.UUID;

/**
 * What syncing the embedded store's file to disk before each append is answered costs: one-event appends (a report,
 * as a command stores it) with the sync, against the same appends with the commit alone, on one H2 file in one
 * process, the two taking turns to go first. Run (from the project root):
 * <pre>
 * tracker-bench/run.sh durability [appends per round] [rounds]   # default: 300 7
 * </pre>
 */
public final class DurabilityBenchmark {

    private DurabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int appends = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        try (EmbeddedMongo server = EmbeddedMongo.start(Files.createTempDirectory("durability-bench"));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoEventStorageEngine synced = engine(client, "synced", server.durabilityBarrier());
            MongoEventStorageEngine committed = engine(client, "committed", server.commitWithoutSync());
            appendReports(synced, "warm-up-synced", appends);
            appendReports(committed, "warm-up-committed", appends);
            double[] syncedMillis = new double[rounds];
            double[] committedMillis = new double[rounds];
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                String stream = "round-" + round;
                if (round % 2 == 0) {
                    syncedMillis[round] = Timing.millisOf(() -> appendReports(synced, stream, appends)) / appends;
                    committedMillis[round] = Timing.millisOf(() -> appendReports(committed, stream, appends)) / appends;
                } else {
                    committedMillis[round] = Timing.millisOf(() -> appendReports(committed, stream, appends)) / appends;
                    syncedMillis[round] = Timing.millisOf(() -> appendReports(synced, stream, appends)) / appends;
                }
                ratios[round] = syncedMillis[round] / committedMillis[round];
                System.out.printf("round %d: synced %.2f ms/append, commit only %.2f ms/append, ratio %.2f%n",
                        round, syncedMillis[round], committedMillis[round], ratios[round]);
            }
            System.out.printf("median over %d rounds of %d appends: synced %.2f ms, commit only %.2f ms per append;"
                              + " synced / commit only = %.2fx%n", rounds, appends, Timing.median(syncedMillis),
                    Timing.median(committedMillis), Timing.median(ratios));
        }
    }

    private static MongoEventStorageEngine engine(MongoClient client, String database, DurabilityBarrier barrier) {
        Serializer serializer = TrackerSerialization.serializer();
        return MongoEventStorageEngine.builder().database(client.getDatabase(database))
                .actorKeys(StorageConfiguration.ACTOR_KEYS).durabilityBarrier(barrier)
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
    }

    private static void appendReports(MongoEventStorageEngine engine, String directiveId, int count) {
        MetaData actor = MetaData.with("account", "chair-31951").and("role", "COMMUNE").and("commune", "31951");
        for (int sequence = 0; sequence < count; sequence++) {
            engine.appendEvents(new GenericDomainEventMessage<>("Directive", directiveId, sequence,
                    new ProgressReported(directiveId, "31951", sequence % 101, "Báo cáo " + sequence), actor,
                    UUID.randomUUID().toString(), java.time.Instant.now()));
        }
    }
}
