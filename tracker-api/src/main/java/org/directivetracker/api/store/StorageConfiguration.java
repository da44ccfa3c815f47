package org.directivetracker.api.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.eventstore.chain.ActorKeys;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.mongo.DurabilityBarrier;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where events, snapshots, tracking tokens and read models live: the MongoDB of {@code tracker.mongo.uri}
 * ({@code TRACKER_MONGO_URI}) or, when that is unset, an embedded server whose H2 file is under
 * {@code tracker.data-dir} ({@code TRACKER_DATA_DIR}, default {@code ./data}).
 *
 * <p>Axon's Spring Boot auto-configuration builds its {@code EmbeddedEventStore} on the {@link EventStorageEngine}
 * bean, gives the {@link TokenStore} bean (defined with the processors' claims in {@code readmodels}) to every event
 * processor, and uses the serializer beans qualified
 * {@code eventSerializer} / {@code messageSerializer} plus the primary one. The application must set
 * {@code axon.axonserver.enabled=false}. No Spring transaction manager is defined, so Axon keeps its no-op transaction
 * manager, which the embedded server needs (it has no sessions).
 */
// its settings are bound here too, so that the audit command line's store-only context has them
@EnableConfigurationProperties(StorageProperties.class)
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);
    private static final String DEFAULT_DATABASE = "tracker";

    /** Who acted, as the server records it in every event's metadata: the store hashes these values with the event. */
    public static final ActorKeys ACTOR_KEYS = new ActorKeys(MetadataKeys.ACCOUNT, MetadataKeys.ROLE,
            MetadataKeys.COMMUNE);

    /** The database connection, and the embedded server when no URI is configured. */
    @Bean(destroyMethod = "close")
    public StoreConnection storeConnection(StorageProperties properties) {
        StoreConnection store;
        if (properties.mongo().configured()) {
            ConnectionString connection = new ConnectionString(properties.mongo().uri());
            String database = connection.getDatabase() == null ? DEFAULT_DATABASE : connection.getDatabase();
            store = new StoreConnection(connection, database, null);
        } else {
            EmbeddedMongo embedded = EmbeddedMongo.start(properties.dataDir(), properties.store().tuning());
            store = new StoreConnection(new ConnectionString(embedded.connectionString()), DEFAULT_DATABASE, embedded);
        }
        log.info("Event store: {}", store);
        return store;
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(StoreConnection connection) {
        return MongoClients.create(MongoClientSettings.builder()
                                                      .applyConnectionString(connection.connectionString())
                                                      .build());
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoClient client, StoreConnection connection) {
        return client.getDatabase(connection.databaseName()).withWriteConcern(connection.writeConcern());
    }

    @Bean
    public MongoEventStorageEngine eventStorageEngine(MongoDatabase database, StoreConnection connection,
                                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                                      Serializer snapshotSerializer, StorageProperties properties) {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .actorKeys(ACTOR_KEYS)
                                      .writeConcern(connection.writeConcern())
                                      .durabilityBarrier(connection.durabilityBarrier())
                                      .eventSerializer(eventSerializer)
                                      .snapshotSerializer(snapshotSerializer)
                                      .batchSize(properties.store().batchSize())
                                      .gapTimeout(Duration.ofSeconds(properties.store().gapTimeoutSeconds()))
                                      .build();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return TrackerSerialization.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return TrackerSerialization.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return TrackerSerialization.serializer();
    }

    /** Snapshot a directive every {@code tracker.snapshot.threshold} events so long streams load fast. */
    @Bean
    public SnapshotTriggerDefinition directiveSnapshotTrigger(Snapshotter snapshotter, StorageProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshot().threshold());
    }

    /**
     * Keeps the {@code tracker.snapshot.cached} directives used last loaded between commands. A directive that another
     * instance changed meanwhile is stale here: its next command's events take sequences already stored, the append is
     * refused, Axon drops the directive from this cache, and the command is sent again once ({@code Commands}).
     */
    @Bean(destroyMethod = "close")
    public CacheManager directiveCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    public Cache directiveCache(CacheManager directiveCacheManager, StorageProperties properties) {
        return new EhCache3Adapter((Ehcache<Object, Object>) directiveCacheManager.createCache("directives",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(properties.snapshot().cached()))));
    }

    /** The chosen database, its write concern and durability barrier, and the embedded server to stop, if any. */
    public static final class StoreConnection implements AutoCloseable {
        private final ConnectionString connectionString;
        private final String databaseName;
        private final EmbeddedMongo embedded;

        StoreConnection(ConnectionString connectionString, String databaseName, EmbeddedMongo embedded) {
            this.connectionString = connectionString;
            this.databaseName = databaseName;
            this.embedded = embedded;
        }

        public ConnectionString connectionString() {
            return connectionString;
        }

        public String databaseName() {
            return databaseName;
        }

        public boolean isEmbedded() {
            return embedded != null;
        }

        /** Majority and journaled on a real MongoDB; the embedded server has one node and the barrier instead. */
        public WriteConcern writeConcern() {
            return embedded != null ? WriteConcern.ACKNOWLEDGED : WriteConcern.MAJORITY.withJournal(true);
        }

        /** Why the embedded store closed itself, if it did (see {@link EmbeddedMongo#failure()}); never on MongoDB. */
        public Optional<String> failure() {
            return embedded != null ? embedded.failure() : Optional.empty();
        }

        /** Told once when the embedded store closes itself; nothing on MongoDB. */
        public void onFailure(Consumer<String> listener) {
            if (embedded != null) {
                embedded.onFailure(listener);
            }
        }

        public DurabilityBarrier durabilityBarrier() {
            return embedded != null ? embedded.durabilityBarrier() : DurabilityBarrier.NONE;
        }

        /** What the start's log line says: the embedded server with its file and page cache, or the replica set. */
        @Override
        public String toString() {
            return embedded != null ? embedded + " (each append forced to the file before it is answered)"
                    : "MongoDB at " + connectionString.getHosts() + ", database '" + databaseName + "' (write concern majority, journaled)";
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
