package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract on the embedded server with its H2 file, as the tracker runs without TRACKER_MONGO_URI. */
class EmbeddedEventStoreContractTest extends EventStoreContract {

    @TempDir
    static Path dataDir;
    private static EmbeddedMongo server;
    private static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase(uniqueDatabaseName());
    }
}
