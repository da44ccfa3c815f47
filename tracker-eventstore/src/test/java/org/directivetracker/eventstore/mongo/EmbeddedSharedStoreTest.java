package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Several processes on the embedded server with its H2 file: the server alone arbitrates between them. */
class EmbeddedSharedStoreTest extends SharedStoreContract {

    @TempDir
    static Path dataDir;
    private static EmbeddedMongo server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongo.start(dataDir);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected MongoClient newClient() {
        return MongoClients.create(server.connectionString());
    }
}
