package org.directivetracker.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a kill leaves on disk holds each write request whole. Every stored document is found through its unique index
 * under the key it has: a commit that fell between a document and its index entry left a document its index did not
 * know (after one of 20 kills of the whole service, an event commit that the directive's stream no longer reached).
 * And a request of several documents is there whole or not at all, which MongoDB does not promise but which shows
 * that no commit fell inside a request: without the gate nearly every kill cuts one.
 */
class RequestsWholeAfterKillTest {

    private static final int KILLS = 4;

    @TempDir
    Path dataDir;

    @Test
    void everyDocumentLeftByAKillIsFoundThroughItsUniqueIndex() throws Exception {
        List<String> torn = new ArrayList<>();
        List<String> cutBatches = new ArrayList<>();
        int documents = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path round = dataDir.resolve("round-" + kill);
            killWhileWriting(round, ThreadLocalRandom.current().nextLong(300, 1_200));
            try (EmbeddedMongo reopened = EmbeddedMongo.start(round);
                 MongoClient client = MongoClients.create(reopened.connectionString())) {
                MongoCollection<Document> rows = client.getDatabase(KilledWriter.DATABASE).getCollection(KilledWriter.COLLECTION);
                List<Document> stored = rows.find().batchSize(1_000).into(new ArrayList<>());
                documents += stored.size();
                torn.addAll(notFoundByKey(rows, stored));
                stored.stream().collect(Collectors.groupingBy(row -> row.getString("batch"), Collectors.counting()))
                        .forEach((batch, count) -> {
                            if (count != KilledWriter.BATCH) {
                                cutBatches.add(batch + ": " + count + " of " + KilledWriter.BATCH);
                            }
                        });
            }
        }
        assertThat(documents).as("documents written before the kills").isGreaterThan(KILLS * 100);
        assertThat(torn).as("documents their unique index does not find under their key").isEmpty();
        assertThat(cutBatches).as("requests of several documents that a commit cut").isEmpty();
    }

    /** A write that no append flushes (a read model's, the outbox's) is committed within about a second all the same. */
    @Test
    void aWriteNoAppendFlushesIsOnDiskWithinSeconds() throws Exception {
        killWhileWriting(dataDir, 3 * StoreKeeper.INTERVAL_MILLIS, KilledWriter.ONE_UNFLUSHED);
        try (EmbeddedMongo reopened = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> rows = client.getDatabase(KilledWriter.DATABASE).getCollection(KilledWriter.COLLECTION);
            assertThat(rows.find(Filters.eq("_id", KilledWriter.ONE_UNFLUSHED)).first()).isNotNull();
        }
    }

    private static List<String> notFoundByKey(MongoCollection<Document> rows, List<Document> stored) {
        List<String> missing = new ArrayList<>();
        for (int from = 0; from < stored.size(); from += 500) {
            List<Document> batch = stored.subList(from, Math.min(stored.size(), from + 500));
            Set<String> found = new HashSet<>();
            rows.find(Filters.in("key", batch.stream().map(row -> row.getString("key")).toList()))
                    .forEach(row -> found.add(row.getString("_id")));
            batch.stream().map(row -> row.getString("_id")).filter(id -> !found.contains(id)).forEach(missing::add);
        }
        return missing;
    }

    private static void killWhileWriting(Path round, long millis, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledWriter.class.getName(), round.toString()));
        command.addAll(List.of(more));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("READY")) {
                // the child's start-up
            }
            assertThat(line).as("the writer started").isEqualTo("READY");
            Thread.sleep(millis);
            child.destroyForcibly(); // SIGKILL: nothing of the child runs after it
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
