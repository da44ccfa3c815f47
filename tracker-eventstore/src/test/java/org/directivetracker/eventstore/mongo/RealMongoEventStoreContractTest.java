package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same contract on a real MongoDB replica set; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoEventStoreContractTest extends EventStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");
    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase(uniqueDatabaseName());
    }
}
