package org.directivetracker.api.readmodels;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.registry.TrackerReadModels;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

/**
 * The read models of tracker-projections, all from their one list ({@link TrackerReadModels}; that module is not
 * component-scanned): the room holding them on their live collections, one tracking processor per read model and the
 * query handlers answering from them, and their rebuilds.
 */
// its settings are bound here too, so that the audit command line's store-only context has them
@EnableConfigurationProperties(ReadModelProperties.class)
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    /** The command-line flag that rebuilds every read model at start. */
    public static final String REBUILD_FLAG = "rebuild-read-models";

    /**
     * The processors' tokens and claims, in the service's database: a claim not renewed within
     * {@code tracker.read-models.claim-timeout} is taken over by another instance. Each start of the service is a node
     * of its own, so that two instances on one machine (or a restart) never take each other's claims for their own.
     */
    @Bean
    public TokenStore tokenStore(MongoDatabase database, ReadModelProperties properties) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                              .serializer(TrackerSerialization.serializer())
                              .claimTimeout(properties.claimTimeout())
                              .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8))
                              .build();
    }

    /** How far each view has gone, read from the same tokens as every instance reads them. */
    @Bean
    public ViewPositions viewPositions(MongoDatabase database) {
        return new ViewPositions(DefaultMongoTemplate.builder().mongoDatabase(database).build().trackingTokensCollection(),
                TrackerSerialization.serializer());
    }

    @Bean
    public ViewsCatchUp viewsCatchUp(ViewPositions viewPositions, ReadModelRoom readModelRoom) {
        return new ViewsCatchUp(viewPositions, readModelRoom::names);
    }

    @Bean
    public ReadModelRoom readModelRoom(MongoDatabase database) {
        return new ReadModelRoom(database, TrackerReadModels.ALL);
    }

    /**
     * Each read model's tracking processor, named after it, handling {@code tracker.read-models.batch-size} events
     * at a time; instances share the work by segment claims in the token store. And the query handlers.
     */
    @Bean
    public ConfigurerModule readModelProcessorsAndQueries(ReadModelRoom readModelRoom, CommuneDirectory communeDirectory,
            DepartmentDirectory departmentDirectory, ReadModelProperties properties, TimelinessRules timelinessRules) {
        return configurer -> {
            configurer.eventProcessing(processing -> readModelRoom.configure(processing, properties.batchSize(),
                    properties.claimInterval()));
            TrackerReadModels.queryHandlers(readModelRoom, communeDirectory, departmentDirectory, timelinessRules)
                    .forEach(handler -> configurer.registerQueryHandler(c -> handler));
        };
    }

    @Bean
    public ReadModelRebuilder readModelRebuilder(ReadModelRoom readModelRoom, EventStorageEngine eventStorageEngine,
            EventProcessingConfiguration eventProcessingConfiguration, TokenStore tokenStore) {
        return new ReadModelRebuilder(readModelRoom, eventStorageEngine, eventProcessingConfiguration, tokenStore);
    }

    /**
     * {@code --rebuild-read-models} on the command line (or {@code tracker.read-models.rebuild-at-start=true}) rebuilds
     * every read model before the service serves; {@code tracker.read-models.alias-refresh} is how soon this instance
     * follows a rebuild promoted by another.
     */
    @Bean
    public ReadModelLifecycle readModelLifecycle(ReadModelRebuilder readModelRebuilder, ApplicationArguments arguments,
            ReadModelProperties properties) {
        return new ReadModelLifecycle(readModelRebuilder,
                properties.rebuildAtStart() || arguments.containsOption(REBUILD_FLAG), properties.aliasRefresh(),
                properties.copyRefresh());
    }
}
