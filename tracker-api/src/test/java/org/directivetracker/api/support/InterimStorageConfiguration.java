package org.directivetracker.api.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Stands in for the MongoDB event store until it is available. */
@TestConfiguration(proxyBeanMethods = false)
public class InterimStorageConfiguration {

    @Bean(destroyMethod = "shutdown")
    MongoServer mongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoClient mongoClient(MongoServer server) {
        return MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client) {
        return client.getDatabase("tracker");
    }

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }

    @Bean
    SnapshotTriggerDefinition directiveSnapshotTrigger() {
        return NoSnapshotTriggerDefinition.INSTANCE;
    }

    @Bean
    Cache directiveCache() {
        return new WeakReferenceCache();
    }
}
