package org.directivetracker.eventstore.embedded;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data file written by mongo-java-server's stock H2 backend (its unique indexes ordered by serialized keys) opens
 * with the embedded store's backend: every index is rebuilt in key order, finds what it held and still refuses
 * duplicates, also after another restart.
 */
class StockH2FileUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void aFileOfTheStockBackendKeepsItsDocumentsAndUniqueIndexes() {
        writeWithTheStockBackend();

        for (int restart = 0; restart < 2; restart++) {
            int start = restart;
            try (EmbeddedMongo server = EmbeddedMongo.start(dataDir);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> commits = client.getDatabase("tracker").getCollection("events");

                assertThat(commits.find(Filters.in("stream", List.of("d-1/0", "d-2/0", "d-3/0")))
                                  .into(new ArrayList<>())).extracting(commit -> commit.get("_id"))
                        .containsExactlyInAnyOrder(1L, 2L);
                assertThat(commits.find(Filters.eq("_id", 2L)).first()).isNotNull();
                assertThatThrownBy(() -> commits.insertOne(new Document("_id", 3L + start).append("stream", "d-1/0")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> commits.insertOne(new Document("_id", 1L).append("stream", "d-9/" + start)))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                commits.insertOne(new Document("_id", 10L + start).append("stream", "d-1/" + (1 + start)));
            }
        }
    }

    private void writeWithTheStockBackend() {
        H2Backend stock = new H2Backend(dataDir.resolve(EmbeddedMongo.DATA_FILE).toString());
        MongoServer server = new MongoServer(stock);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> commits = client.getDatabase("tracker").getCollection("events");
            commits.createIndex(Indexes.ascending("stream"), new IndexOptions().unique(true).name("stream_unique"));
            commits.insertOne(new Document("_id", 1L).append("stream", "d-1/0"));
            commits.insertOne(new Document("_id", 2L).append("stream", "d-2/0"));
        } finally {
            server.shutdownNow();
            stock.close();
        }
    }
}
