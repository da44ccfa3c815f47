package org.directivetracker.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.directivetracker.bench.Timing;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Unique-index work on an H2 file: mongo-java-server's stock H2 backend (index keys compared by serializing them)
 * against the embedded store's backend (keys compared value by value), on the same documents in one process, the two
 * taking turns to go first. Inserts check both unique indexes ({@code _id} and {@code stream}); lookups are
 * {@code $in} over 250 stream keys, as a tracking read or an aggregate load asks; conditional updates name one
 * {@code _id} among other conditions ({@code {_id: x, count: n}}), as an outbox claims an entry. Run (from the project root):
 * <pre>
 * tracker-bench/run.sh index [documents] [rounds]   # default: 100000 5
 * </pre>
 */
public final class IndexLookupBenchmark {

    private static final int INSERTS = 1_000;
    private static final int LOOKUPS = 200;
    private static final int KEYS_PER_LOOKUP = 250;
    private static final int CONDITIONAL_UPDATES = 20;

    private IndexLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("de.bwaldvogel"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.mongodb"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        H2Backend stockBackend = new H2Backend(Files.createTempDirectory("stock-h2").resolve("store.mv.db").toString());
        MongoServer stockServer = new MongoServer(stockBackend);
        InetSocketAddress stockAddress = stockServer.bind();
        try (EmbeddedMongo embedded = EmbeddedMongo.start(Files.createTempDirectory("tracker-h2"));
             MongoClient stockClient = MongoClients.create("mongodb://127.0.0.1:" + stockAddress.getPort());
             MongoClient trackerClient = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> stock = filled(stockClient, documents);
            MongoCollection<Document> tracker = filled(trackerClient, documents);
            double[] insertRatios = new double[rounds];
            double[] lookupRatios = new double[rounds];
            double[] conditionalRatios = new double[rounds];
            long nextId = documents;
            for (int round = 0; round < rounds; round++) {
                long firstId = nextId;
                nextId += INSERTS;
                double stockInserts;
                double trackerInserts;
                double stockLookups;
                double trackerLookups;
                double stockConditional;
                double trackerConditional;
                if (round % 2 == 0) {
                    stockInserts = Timing.millisOf(() -> insert(stock, firstId));
                    trackerInserts = Timing.millisOf(() -> insert(tracker, firstId));
                    stockLookups = Timing.millisOf(() -> lookUp(stock, documents, firstId));
                    trackerLookups = Timing.millisOf(() -> lookUp(tracker, documents, firstId));
                    stockConditional = Timing.millisOf(() -> updateConditionally(stock, documents, firstId));
                    trackerConditional = Timing.millisOf(() -> updateConditionally(tracker, documents, firstId));
                } else {
                    trackerInserts = Timing.millisOf(() -> insert(tracker, firstId));
                    stockInserts = Timing.millisOf(() -> insert(stock, firstId));
                    trackerLookups = Timing.millisOf(() -> lookUp(tracker, documents, firstId));
                    stockLookups = Timing.millisOf(() -> lookUp(stock, documents, firstId));
                    trackerConditional = Timing.millisOf(() -> updateConditionally(tracker, documents, firstId));
                    stockConditional = Timing.millisOf(() -> updateConditionally(stock, documents, firstId));
                }
                insertRatios[round] = trackerInserts / stockInserts;
                lookupRatios[round] = trackerLookups / stockLookups;
                conditionalRatios[round] = trackerConditional / stockConditional;
                System.out.printf("round %d: insert %.2f vs %.2f ms (stock), $in of %d keys %.2f vs %.2f ms (stock),"
                                  + " update of an _id among conditions %.2f vs %.2f ms (stock)%n",
                        round, trackerInserts / INSERTS, stockInserts / INSERTS, KEYS_PER_LOOKUP,
                        trackerLookups / LOOKUPS, stockLookups / LOOKUPS, trackerConditional / CONDITIONAL_UPDATES,
                        stockConditional / CONDITIONAL_UPDATES);
            }
            System.out.printf("median over %d rounds at %,d documents: insert %.2fx, $in lookup %.2fx, update of an _id"
                              + " among conditions %.3fx of the stock backend's time%n", rounds, documents,
                    Timing.median(insertRatios), Timing.median(lookupRatios), Timing.median(conditionalRatios));
        } finally {
            stockServer.shutdownNow();
            stockBackend.close();
        }
    }

    private static MongoCollection<Document> filled(MongoClient client, int documents) {
        MongoCollection<Document> commits = client.getDatabase("bench").getCollection("events");
        commits.createIndex(Indexes.ascending("stream"), new IndexOptions().unique(true));
        List<Document> batch = new ArrayList<>();
        for (long id = 0; id < documents; id++) {
            batch.add(commit(id));
            if (batch.size() == 5_000) {
                commits.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            commits.insertMany(batch);
        }
        return commits;
    }

    private static Document commit(long id) {
        return new Document("_id", id).append("stream", "directive-" + (id % 5_000) + "/" + (id / 5_000))
                .append("count", 1);
    }

    private static void insert(MongoCollection<Document> commits, long firstId) {
        for (long id = firstId; id < firstId + INSERTS; id++) {
            commits.insertOne(commit(id));
        }
    }

    /** Updates that name an {@code _id} and a condition on another field, as a claim of an outbox entry does. */
    private static void updateConditionally(MongoCollection<Document> commits, int documents, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CONDITIONAL_UPDATES; i++) {
            long id = random.nextInt(documents);
            commits.updateOne(Filters.and(Filters.eq("_id", id), Filters.gte("count", 1)), Updates.inc("count", 1));
        }
    }

    private static void lookUp(MongoCollection<Document> commits, int documents, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < LOOKUPS; i++) {
            List<String> keys = new ArrayList<>(KEYS_PER_LOOKUP);
            for (int k = 0; k < KEYS_PER_LOOKUP; k++) {
                long id = random.nextInt(documents);
                keys.add("directive-" + (id % 5_000) + "/" + (id / 5_000));
            }
            commits.find(Filters.in("stream", keys)).into(new ArrayList<>());
        }
    }
}
