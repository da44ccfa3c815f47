package org.directivetracker.api.operations;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The event store's database answers a ping: without it no command can be accepted. */
@Component("eventStore")
public class EventStoreHealthIndicator implements HealthIndicator {
    private final MongoDatabase database;

    public EventStoreHealthIndicator(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
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
