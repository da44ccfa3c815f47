package org.directivetracker.eventstore.embedded;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * H2 closes its store for good when a write to the file fails (the heap ran out during a commit at 1,000,000 events
 * with too small a heap): every request fails from then on. The embedded server says so, to whoever asked to be told
 * (the service ends its process, to be started again), and a new start finds every write that was answered.
 */
class StoreClosedItselfTest {

    @TempDir
    Path dataDir;

    @Test
    void aStoreThatClosedItselfIsToldAndANewStartFindsEveryAnsweredWrite() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            server.onFailure(told::add);
            MongoCollection<Document> reports = client.getDatabase("tracker").getCollection("reports");
            reports.insertOne(new Document("_id", "r-1").append("note", "Đã bàn giao thiết bị"));
            server.durabilityBarrier().afterAppend(); // answered: on disk
            assertThat(server.failure()).isEmpty();

            // what H2 does when a commit fails (here as the OutOfMemoryError of that run made it): it records the
            // failure, throws it, and closes the store without writing
            MVStore store = storeOf(server);
            assertThatThrownBy(() -> store.panic(DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED,
                    "Writing failed: {0}", "java.lang.OutOfMemoryError: Java heap space")))
                    .hasMessageContaining("Java heap space");
            store.closeImmediately();

            long deadline = System.nanoTime() + 10_000_000_000L;
            while (told.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(told).singleElement().asString().contains("Java heap space");
            assertThat(server.failure()).get().asString().contains("Java heap space");
            assertThatThrownBy(() -> reports.insertOne(new Document("_id", "r-2"))).isInstanceOf(MongoException.class);
        }
        try (EmbeddedMongo again = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(again.connectionString())) {
            MongoCollection<Document> reports = client.getDatabase("tracker").getCollection("reports");
            Document found = reports.find(Filters.eq("_id", "r-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("note")).isEqualTo("Đã bàn giao thiết bị");
            assertThat(again.failure()).isEmpty();
        }
    }

    @Test
    void aStoreWhoseFailureIsRecordedButNotYetClosedStillCloses() throws Exception {
        EmbeddedMongo server = EmbeddedMongo.start(dataDir);
        MVStore store = storeOf(server);
        assertThatThrownBy(() -> store.panic(DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED,
                "Writing failed: {0}", "disk full")));

        // H2's close commits first, meets the failure and spun for ever: the service would never have ended
        assertTimeoutPreemptively(Duration.ofSeconds(30), server::close);
        assertThat(store.isClosed()).isTrue();
    }

    /** The H2 store inside the server: the test closes it as H2 itself would. */
    private static MVStore storeOf(EmbeddedMongo server) throws ReflectiveOperationException {
        Field store = EmbeddedMongo.class.getDeclaredField("store");
        store.setAccessible(true);
        return (MVStore) store.get(server);
    }
}
