package org.directivetracker.api.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.bson.Document;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model rebuilt with plain Axon on this store (stop its processor, clear its data, delete its token, start
 * again) comes back identical to the one built live: the store serves a processor that starts over from its tail.
 */
class ProjectionRebuildTest {

    private static final String PROCESSOR = "directive-progress";

    @TempDir
    Path dataDir;
    private EmbeddedMongo server;
    private MongoClient client;
    private MongoDatabase database;
    private Configuration axon;

    /** Last reported percent and number of reports per directive; ignores what it has applied already. */
    static final class ProgressProjection {
        private final MongoCollection<Document> view;

        ProgressProjection(MongoDatabase database) {
            this.view = database.getCollection("directive_progress");
        }

        @EventHandler
        void on(ProgressReported event, @SequenceNumber long sequence) {
            Document current = view.find(Filters.eq("_id", event.directiveId())).first();
            if (current != null && current.getLong("lastSequence") >= sequence) {
                return;
            }
            int reports = current == null ? 0 : current.getInteger("reports");
            view.replaceOne(Filters.eq("_id", event.directiveId()),
                    new Document("_id", event.directiveId()).append("percent", event.percent())
                                                            .append("note", event.note())
                                                            .append("reports", reports + 1)
                                                            .append("lastSequence", sequence),
                    new ReplaceOptions().upsert(true));
        }
    }

    @BeforeEach
    void startAxon() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("tracker");
        MongoEventStorageEngine engine = StoreFixtures.engine(database, server);
        MongoTokenStore tokenStore = StoreFixtures.tokenStore(database);
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> TrackerSerialization.serializer())
                .configureEmbeddedEventStore(c -> engine)
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(PROCESSOR, c -> c.eventStore(),
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100))
                        .registerTokenStore(PROCESSOR, c -> tokenStore)
                        .registerEventHandler(c -> new ProgressProjection(database))
                        .assignHandlerInstancesMatching(PROCESSOR, handler -> handler instanceof ProgressProjection))
                .start();
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
        client.close();
        server.close();
    }

    @Test
    void aProjectionRebuiltFromTheStoreIsIdenticalToTheLiveOne() {
        for (int round = 0; round < 30; round++) {
            for (int directive = 0; directive < 10; directive++) {
                int size = directive % 3 + 1; // commits of one to three events
                axon.eventStore().publish(StoreFixtures.reports("d-" + directive, (long) round * size, size));
            }
        }
        long expectedReports = 0;
        for (int directive = 0; directive < 10; directive++) {
            expectedReports += 30L * (directive % 3 + 1);
        }
        MongoCollection<Document> view = database.getCollection("directive_progress");
        long total = expectedReports;
        await().atMost(Duration.ofSeconds(60)).until(() -> totalReports(view) == total);
        List<Document> live = view.find().sort(new Document("_id", 1)).into(new ArrayList<>());
        assertThat(live).hasSize(10);

        TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                                               .eventProcessor(PROCESSOR, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        view.deleteMany(new Document());
        long deletedTokens = database.getCollection("trackingtokens")
                                     .deleteMany(Filters.eq("processorName", PROCESSOR)).getDeletedCount();
        assertThat(deletedTokens).isPositive();
        assertThat(view.countDocuments()).isZero();
        processor.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> totalReports(view) == total);
        assertThat(view.find().sort(new Document("_id", 1)).into(new ArrayList<>())).isEqualTo(live);
    }

    private static long totalReports(MongoCollection<Document> view) {
        long total = 0;
        for (Document document : view.find()) {
            total += document.getInteger("reports");
        }
        return total;
    }
}
