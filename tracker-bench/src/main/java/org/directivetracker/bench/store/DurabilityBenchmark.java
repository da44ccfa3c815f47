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
import org.directivetracker.eventstore.embedded.FlushCount;
import org.directivetracker.eventstore.mongo.DurabilityBarrier;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.serialization.TrackerSerialization;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What syncing the embedded store's file to disk before each append is answered costs: one-event appends (a report,
 * as a command stores it) with the sync, against the same appends with the commit alone, on one H2 file in one
 * process, the two taking turns to go first. Then the write rate of several concurrent writers against one writer,
 * with the appends sharing flushes (group commit, as the service runs) and with one flush per append in turn (as it
 * ran before). Run (from the project root):
 * <pre>
 * tracker-bench/run.sh durability [appends per round] [rounds] [writers]   # default: 300 7 8
 * </pre>
 */
public final class DurabilityBenchmark {

    private DurabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int appends = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
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
            compareWriters(client, server, appends, rounds, writers);
        }
    }

    /** Appends per second of {@code writers} concurrent writers and of one, with and without group commit. */
    private static void compareWriters(MongoClient client, EmbeddedMongo server, int appends, int rounds, int writers)
            throws InterruptedException {
        MongoEventStorageEngine grouped = engine(client, "grouped", server.durabilityBarrier());
        MongoEventStorageEngine perAppend = engine(client, "per-append", server.durabilityBarrierWithoutGrouping());
        double[] groupedOne = new double[rounds];
        double[] groupedMany = new double[rounds];
        double[] perAppendOne = new double[rounds];
        double[] perAppendMany = new double[rounds];
        double[] appendsPerFlush = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            String prefix = "writers-" + round;
            // the four measurements of a round take turns to go first
            for (int turn = 0; turn < 4; turn++) {
                switch ((turn + round) % 4) {
                    case 0 -> groupedOne[round] = appendsPerSecond(grouped, prefix + "-one", 1, appends);
                    case 1 -> {
                        FlushCount before = server.flushCount();
                        groupedMany[round] = appendsPerSecond(grouped, prefix + "-many", writers, appends / writers);
                        appendsPerFlush[round] = server.flushCount().appendsPerFlushSince(before);
                    }
                    case 2 -> perAppendOne[round] = appendsPerSecond(perAppend, prefix + "-one", 1, appends);
                    default -> perAppendMany[round] = appendsPerSecond(perAppend, prefix + "-many", writers, appends / writers);
                }
            }
            System.out.printf("round %d: group commit 1 writer %.0f/s, %d writers %.0f/s (%.1f appends per flush);"
                              + " flush per append 1 writer %.0f/s, %d writers %.0f/s%n", round, groupedOne[round],
                    writers, groupedMany[round], appendsPerFlush[round], perAppendOne[round], writers,
                    perAppendMany[round]);
        }
        System.out.printf("median appends/s over %d rounds: group commit 1 writer %.0f, %d writers %.0f (%.2fx);"
                          + " flush per append 1 writer %.0f, %d writers %.0f (%.2fx); %d writers, group commit /"
                          + " flush per append = %.2fx; %.1f appends per flush%n", rounds, Timing.median(groupedOne), writers,
                Timing.median(groupedMany), Timing.median(ratio(groupedMany, groupedOne)), Timing.median(perAppendOne),
                writers, Timing.median(perAppendMany), Timing.median(ratio(perAppendMany, perAppendOne)), writers,
                Timing.median(ratio(groupedMany, perAppendMany)), Timing.median(appendsPerFlush));
    }

    private static double[] ratio(double[] numerators, double[] denominators) {
        double[] ratios = new double[numerators.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = numerators[i] / denominators[i];
        }
        return ratios;
    }

    /** Each writer appends {@code appendsPerWriter} one-event commits to its own directive; all appends per second. */
    private static double appendsPerSecond(MongoEventStorageEngine engine, String prefix, int writers,
                                           int appendsPerWriter) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            String directive = prefix + "-" + w;
            Thread thread = new Thread(() -> appendReports(engine, directive, appendsPerWriter));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return writers * appendsPerWriter / Timing.secondsSince(started);
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
