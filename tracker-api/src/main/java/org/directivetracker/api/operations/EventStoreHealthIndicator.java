package org.directivetracker.api.operations;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.directivetracker.api.store.StorageConfiguration.StoreConnection;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The event store's database answers a ping, and the embedded store has not closed itself: without either no command
 * can be accepted.
 */
@Component("eventStore")
public class EventStoreHealthIndicator implements HealthIndicator {
    private final MongoDatabase database;
    private final StoreConnection connection;

    public EventStoreHealthIndicator(MongoDatabase database, StoreConnection connection) {
        this.database = database;
        this.connection = connection;
    }

    @Override
    public Health health() {
        Optional<String> failure = connection.failure();
        if (failure.isPresent()) {
            // the embedded server still answers a ping; its store does not
            return Health.down().withDetail("database", database.getName()).withDetail("error", failure.get()).build();
        }
        try {
            long started = System.nanoTime();
            database.runCommand(new Document("ping", 1));
            return Health.up()
                    .withDetail("database", database.getName())
                    .withDetail("pingMillis", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("database", database.getName()).withDetail("error", "no answer to ping").build();
        }
    }
}
