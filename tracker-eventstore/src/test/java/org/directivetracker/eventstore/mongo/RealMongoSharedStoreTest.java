package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Several processes on a real MongoDB replica set; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoSharedStoreTest extends SharedStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Override
    protected MongoClient newClient() {
        return MongoClients.create(MONGO.getReplicaSetUrl());
    }
}
