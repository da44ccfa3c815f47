package org.directivetracker.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link RequestsWholeAfterKillTest} kills: writers insert documents with unique keys, {@value #BATCH} per
 * request, and change a key now and then, while another thread flushes the store as appends do, until the process is
 * killed. Prints READY once writing has begun.
 */
public final class KilledWriter {

    static final String DATABASE = "tracker";
    static final String COLLECTION = "rows";
    static final int WRITERS = 8;
    /** The argument that makes the process write one document that no append flushes, and then wait. */
    static final String ONE_UNFLUSHED = "one-unflushed";
    /** Documents inserted by one request, each with the request's {@code batch}. */
    static final int BATCH = 20;
    /** More unique indexes than the events' two: more maps for a commit to cut between. */
    static final List<String> OTHER_KEYS = List.of("a", "b", "c", "d");

    public static void main(String[] args) throws Exception {
        EmbeddedMongo server = EmbeddedMongo.start(Path.of(args[0]));
        MongoClient client = MongoClients.create(server.connectionString());
        MongoCollection<Document> rows = client.getDatabase(DATABASE).getCollection(COLLECTION);
        if (args.length > 1 && args[1].equals(ONE_UNFLUSHED)) {
            rows.insertOne(new Document("_id", ONE_UNFLUSHED));
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(60_000); // killed long before
            System.exit(1);
        }
        rows.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        for (String field : OTHER_KEYS) {
            rows.createIndex(Indexes.ascending(field), new IndexOptions().unique(true));
        }
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                String padding = "Đang triển khai, chờ bàn giao đất ".repeat(8);
                for (long i = 0; ; i++) {
                    List<Document> batch = new ArrayList<>();
                    for (int j = 0; j < BATCH; j++) {
                        String id = writer + "-" + i + "-" + j;
                        Document row = new Document("_id", id).append("key", "k-" + id).append("batch", writer + "-" + i)
                                .append("text", padding);
                        OTHER_KEYS.forEach(field -> row.append(field, field + "-" + id));
                        batch.add(row);
                    }
                    rows.insertMany(batch);
                    if (i > 0) {
                        String earlier = writer + "-" + (i - 1) + "-" + (i % BATCH);
                        rows.updateOne(Filters.eq("_id", earlier), Updates.set("key", "moved-" + earlier));
                    }
                }
            });
            thread.start();
        }
        Thread flusher = new Thread(() -> {
            while (true) {
                server.durabilityBarrier().afterAppend();
            }
        });
        flusher.start();
        Thread.sleep(200);
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(60_000); // killed long before
        System.exit(1);
    }
}
