package org.directivetracker.api.views;

import java.time.Duration;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.directivetracker.projections.briefing.BriefingChangesProjection;
import org.directivetracker.projections.briefing.BriefingChangesReadModel;
import org.directivetracker.projections.briefing.BriefingQueries;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.communestatus.CommuneStatusProjection;
import org.directivetracker.projections.communestatus.CommuneStatusQueries;
import org.directivetracker.projections.communestatus.CommuneStatusReadModel;
import org.directivetracker.projections.obstacles.ObstacleRegisterProjection;
import org.directivetracker.projections.obstacles.ObstacleRegisterQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.DirectiveProgressProjection;
import org.directivetracker.projections.progress.DirectiveProgressQueries;
import org.directivetracker.projections.progress.DirectiveProgressReadModel;
import org.directivetracker.projections.store.ReadModelCollections;
import org.directivetracker.projections.store.ReadModelRebuild;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

/**
 * The read models of tracker-projections, registered one by one (that module is not component-scanned): each read
 * model on its live collections, its projection (Axon gives each {@code @ProcessingGroup} its own tracking processor,
 * configured under {@code axon.eventhandling.processors.<group>}) and its query handlers. Also the list of read models
 * a rebuild may replace.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    /** The command-line flag that rebuilds every read model at start. */
    public static final String REBUILD_FLAG = "rebuild-read-models";

    // directive progress

    @Bean
    public ReadModelCollections directiveProgressCollections(MongoDatabase database) {
        return ReadModelCollections.live(database, DirectiveProgressReadModel.NAME);
    }

    @Bean
    public DirectiveProgressReadModel directiveProgressReadModel(ReadModelCollections directiveProgressCollections) {
        return new DirectiveProgressReadModel(directiveProgressCollections);
    }

    @Bean
    public DirectiveProgressProjection directiveProgressProjection(DirectiveProgressReadModel directiveProgressReadModel) {
        return new DirectiveProgressProjection(directiveProgressReadModel);
    }

    @Bean
    public DirectiveProgressQueries directiveProgressQueries(DirectiveProgressReadModel directiveProgressReadModel,
            CommuneDirectory communeDirectory) {
        return new DirectiveProgressQueries(directiveProgressReadModel, communeDirectory);
    }

    // commune status

    @Bean
    public ReadModelCollections communeStatusCollections(MongoDatabase database) {
        return ReadModelCollections.live(database, CommuneStatusReadModel.NAME);
    }

    @Bean
    public CommuneStatusReadModel communeStatusReadModel(ReadModelCollections communeStatusCollections) {
        return new CommuneStatusReadModel(communeStatusCollections);
    }

    @Bean
    public CommuneStatusProjection communeStatusProjection(CommuneStatusReadModel communeStatusReadModel) {
        return new CommuneStatusProjection(communeStatusReadModel);
    }

    @Bean
    public CommuneStatusQueries communeStatusQueries(CommuneStatusReadModel communeStatusReadModel, CommuneDirectory communeDirectory) {
        return new CommuneStatusQueries(communeStatusReadModel, communeDirectory);
    }

    // obstacle register

    @Bean
    public ReadModelCollections obstacleRegisterCollections(MongoDatabase database) {
        return ReadModelCollections.live(database, ObstacleRegisterReadModel.NAME);
    }

    @Bean
    public ObstacleRegisterReadModel obstacleRegisterReadModel(ReadModelCollections obstacleRegisterCollections) {
        return new ObstacleRegisterReadModel(obstacleRegisterCollections);
    }

    @Bean
    public ObstacleRegisterProjection obstacleRegisterProjection(ObstacleRegisterReadModel obstacleRegisterReadModel) {
        return new ObstacleRegisterProjection(obstacleRegisterReadModel);
    }

    @Bean
    public ObstacleRegisterQueries obstacleRegisterQueries(ObstacleRegisterReadModel obstacleRegisterReadModel,
            CommuneDirectory communeDirectory) {
        return new ObstacleRegisterQueries(obstacleRegisterReadModel, communeDirectory);
    }

    // briefing: its own changes per day, plus directive progress and the obstacle register

    @Bean
    public ReadModelCollections briefingChangesCollections(MongoDatabase database) {
        return ReadModelCollections.live(database, BriefingChangesReadModel.NAME);
    }

    @Bean
    public BriefingChangesReadModel briefingChangesReadModel(ReadModelCollections briefingChangesCollections) {
        return new BriefingChangesReadModel(briefingChangesCollections);
    }

    @Bean
    public BriefingChangesProjection briefingChangesProjection(BriefingChangesReadModel briefingChangesReadModel) {
        return new BriefingChangesProjection(briefingChangesReadModel);
    }

    @Bean
    public BriefingQueries briefingQueries(DirectiveProgressReadModel directiveProgressReadModel,
            ObstacleRegisterReadModel obstacleRegisterReadModel, BriefingChangesReadModel briefingChangesReadModel,
            CommuneDirectory communeDirectory) {
        return new BriefingQueries(directiveProgressReadModel, obstacleRegisterReadModel, briefingChangesReadModel, communeDirectory);
    }

    /** Every read model a rebuild can replace: its live collections and how to make its projection on other ones. */
    @Bean
    public RebuildableReadModels rebuildableReadModels(ReadModelCollections directiveProgressCollections,
            ReadModelCollections communeStatusCollections, ReadModelCollections obstacleRegisterCollections,
            ReadModelCollections briefingChangesCollections) {
        return new RebuildableReadModels(List.of(
                new RebuildableReadModels.ReadModel(directiveProgressCollections,
                        c -> new DirectiveProgressProjection(new DirectiveProgressReadModel(c))),
                new RebuildableReadModels.ReadModel(communeStatusCollections,
                        c -> new CommuneStatusProjection(new CommuneStatusReadModel(c))),
                new RebuildableReadModels.ReadModel(obstacleRegisterCollections,
                        c -> new ObstacleRegisterProjection(new ObstacleRegisterReadModel(c))),
                new RebuildableReadModels.ReadModel(briefingChangesCollections,
                        c -> new BriefingChangesProjection(new BriefingChangesReadModel(c)))));
    }

    @Bean
    public ReadModelRebuilder readModelRebuilder(RebuildableReadModels rebuildableReadModels, MongoDatabase database,
            EventStorageEngine eventStorageEngine, EventProcessingConfiguration eventProcessingConfiguration) {
        return new ReadModelRebuilder(rebuildableReadModels, new ReadModelRebuild(database), eventStorageEngine,
                eventProcessingConfiguration);
    }

    /**
     * {@code --rebuild-read-models} on the command line (or {@code tracker.read-models.rebuild-at-start=true}) rebuilds
     * every read model before the service serves; {@code tracker.read-models.alias-refresh} (default 10 s) is how soon
     * this instance follows a rebuild promoted by another.
     */
    @Bean
    public ReadModelLifecycle readModelLifecycle(ReadModelRebuilder readModelRebuilder, ApplicationArguments arguments,
            @Value("${tracker.read-models.rebuild-at-start:false}") boolean rebuildAtStart,
            @Value("${tracker.read-models.alias-refresh:10s}") Duration aliasRefresh) {
        return new ReadModelLifecycle(readModelRebuilder, rebuildAtStart || arguments.containsOption(REBUILD_FLAG), aliasRefresh);
    }
}
