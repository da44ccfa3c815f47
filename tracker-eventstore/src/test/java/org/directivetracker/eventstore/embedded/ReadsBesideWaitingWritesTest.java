package org.directivetracker.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server answers each request on its connection's event loop, and a write waits there while a commit holds the
 * {@link CommitGate}. With the server's default of two loops per core, the writes waiting for a commit held up the
 * reads of every connection sharing their loops (a read view's lookup of its change log, a status page's data). Each
 * connection has a loop of its own now: a read answers while the writes beside it wait.
 */
class ReadsBesideWaitingWritesTest {

    /** More than the loops the server had by default on any machine this runs on, so every old loop had one waiting. */
    private static final int WAITING_WRITES = 4 * Runtime.getRuntime().availableProcessors() + 4;

    @TempDir
    Path dataDir;

    @Test
    void aReadAnswersWhileWritesOnOtherConnectionsWaitForACommit() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(WAITING_WRITES + 2);
        CountDownLatch commitMayEnd = new CountDownLatch(1);
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> rows = client.getDatabase("tracker").getCollection("rows");
            rows.insertOne(new Document("_id", "before").append("note", "Đã báo cáo"));
            try {
                CountDownLatch committing = new CountDownLatch(1);
                CompletableFuture<Object> commit = CompletableFuture.supplyAsync(() -> server.gate().alone(() -> {
                    committing.countDown();
                    await(commitMayEnd);
                    return null;
                }), clients);
                assertThat(committing.await(10, TimeUnit.SECONDS)).isTrue();
                List<CompletableFuture<Void>> writes = IntStream.range(0, WAITING_WRITES)
                        .mapToObj(i -> CompletableFuture.runAsync(() -> rows.insertOne(new Document("_id", "row-" + i)), clients))
                        .toList();
                Thread.sleep(500); // every write sent, each on a connection of its own, and waiting at the gate
                assertThat(writes).as("the writes wait for the commit").noneMatch(CompletableFuture::isDone);

                CompletableFuture<Document> read = CompletableFuture.supplyAsync(
                        () -> rows.find(Filters.eq("_id", "before")).first(), clients);
                assertThat(read.get(20, TimeUnit.SECONDS)).as("read while %d writes wait", WAITING_WRITES)
                        .containsEntry("note", "Đã báo cáo");
                assertThat(writes).as("still waiting when the read answered").noneMatch(CompletableFuture::isDone);

                commitMayEnd.countDown();
                commit.get(10, TimeUnit.SECONDS);
                CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
                assertThat(rows.countDocuments()).as("every write stored once the commit ended").isEqualTo(WAITING_WRITES + 1);
            } finally {
                commitMayEnd.countDown(); // a failed check must not leave the store's close waiting for the gate
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
