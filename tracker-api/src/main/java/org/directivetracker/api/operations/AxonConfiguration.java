package org.directivetracker.api.operations;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.core.domain.Directive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStream;

/** The directive aggregate, the metadata its events carry, and the commune and department registries it checks codes against. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {
    private static final Logger log = LoggerFactory.getLogger(AxonConfiguration.class);

    /**
     * Registers the aggregate without Spring stereotypes in the domain. The snapshot trigger and cache come from the
     * storage configuration; they are looked up when Axon builds the repository, because the trigger's snapshotter
     * needs the Axon configuration that this module is part of.
     */
    @Bean
    public ConfigurerModule directiveAggregate(BeanFactory beans, AggregateFactory<Directive> directiveAggregateFactory) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Directive.class)
                        .configureAggregateFactory(c -> directiveAggregateFactory)
                        .configureSnapshotTrigger(c -> beans.getBean("directiveSnapshotTrigger", SnapshotTriggerDefinition.class))
                        .configureCache(c -> beans.getBean("directiveCache", Cache.class)));
    }

    /**
     * A bean, so that Spring's aggregate snapshotter finds how to rebuild a directive from its snapshot. Inspected with
     * Axon's Spring parameter resolvers, which give the handlers their {@code CommuneRegistry}.
     */
    @Bean
    public AggregateFactory<Directive> directiveAggregateFactory(ParameterResolverFactory parameterResolverFactory,
                                                                 HandlerDefinition handlerDefinition) {
        return new GenericAggregateFactory<>(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Directive.class, parameterResolverFactory, handlerDefinition));
    }

    /** Copies who acted (account, role, commune) and the request id from each command onto its events. */
    @Bean
    public CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(
                MetadataKeys.ACCOUNT, MetadataKeys.ROLE, MetadataKeys.COMMUNE, MetadataKeys.REQUEST_ID);
    }

    /** Axon's default (correlation and trace ids); declared because any provider bean replaces the default. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** The province's communes from the configured CSV: one parser and one list for the domain and the views. */
    @Bean
    public CommuneDirectory communeDirectory(TrackerProperties properties) throws IOException {
        try (InputStream csv = properties.communes().csv().getInputStream()) {
            CommuneDirectory directory = CommuneDirectory.fromCsv(csv);
            log.info("Commune registry: {} communes from {}", directory.all().size(), properties.communes().csv().getDescription());
            return directory;
        }
    }

    @Bean
    public DirectoryCommuneRegistry communeRegistry(CommuneDirectory communeDirectory) {
        return new DirectoryCommuneRegistry(communeDirectory);
    }

    /** The province's departments from the configured CSV, for the domain (referrals), the views and the accounts. */
    @Bean
    public DepartmentDirectory departmentDirectory(TrackerProperties properties) throws IOException {
        try (InputStream csv = properties.departments().csv().getInputStream()) {
            DepartmentDirectory directory = DepartmentDirectory.fromCsv(csv);
            log.info("Departments: {} from {}", directory.all().size(), properties.departments().csv().getDescription());
            return directory;
        }
    }

    @Bean
    public DirectoryDepartmentRegistry departmentRegistry(DepartmentDirectory departmentDirectory) {
        return new DirectoryDepartmentRegistry(departmentDirectory);
    }
}
