package org.directivetracker.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates that add and remove fields while the store commits, as read models and the position counter do under load.
 * mongo-java-server updates a stored document in place, the very object that the pages of earlier versions hold and
 * that H2 may be writing to the file for a commit at that moment: the write then failed with a
 * {@code ConcurrentModificationException} and H2 closed the store, failing every later request (the writer now
 * retries and counts it). The embedded store updates a copy instead, so that what a version holds never changes.
 */
class UpdatesDuringCommitsTest {

    private static final int DOCUMENTS = 8;
    private static final int UPDATERS = 4;
    private static final int UPDATES = 2_000;

    @TempDir
    Path dataDir;

    /** A document of many fields, as a directive's state is: writing it for a commit takes a while. */
    private static Document row(int i) {
        Document row = new Document("_id", "row-" + i).append("n", 0);
        IntStream.range(0, 200).forEach(field -> row.append("commune-" + field, "Đang triển khai " + field));
        return row;
    }

    @Test
    void updatesThatAddAndRemoveFieldsNeverDisturbACommit() throws Exception {
        long changedBefore = CompactObjectType.changedWhileWritten();
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> rows = client.getDatabase("tracker").getCollection("rows");
            rows.insertMany(IntStream.range(0, DOCUMENTS).mapToObj(UpdatesDuringCommitsTest::row).toList());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread committer = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        server.durabilityBarrier().afterAppend();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            committer.start();
            List<Thread> updaters = new ArrayList<>();
            for (int t = 0; t < UPDATERS; t++) {
                Thread updater = new Thread(() -> {
                    try {
                        for (int i = 0; i < UPDATES && !stop.get(); i++) {
                            String id = "row-" + i % DOCUMENTS;
                            rows.updateOne(Filters.eq("_id", id), Updates.combine(Updates.inc("n", 1),
                                    Updates.set("field-" + i % 7, i), Updates.unset("field-" + (i + 3) % 7)));
                            rows.findOneAndUpdate(Filters.eq("_id", id), Updates.set("extra-" + i % 5, "x"),
                                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                updaters.add(updater);
                updater.start();
            }
            for (Thread updater : updaters) {
                updater.join();
            }
            stop.set(true);
            committer.join();

            assertThat(failure.get()).isNull();
            assertThat(CompactObjectType.changedWhileWritten()).as("stored documents changed while written")
                    .isEqualTo(changedBefore);
            assertThat(rows.find().into(new ArrayList<>()).stream().mapToInt(row -> row.getInteger("n")).sum())
                    .isEqualTo(UPDATERS * UPDATES);
        }
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("tracker").getCollection("rows").find().into(new ArrayList<>()).stream()
                             .mapToInt(row -> row.getInteger("n")).sum()).isEqualTo(UPDATERS * UPDATES);
        }
    }
}
