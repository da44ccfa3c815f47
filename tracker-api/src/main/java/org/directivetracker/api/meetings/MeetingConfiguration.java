package org.directivetracker.api.meetings;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.directivetracker.core.domain.Meeting;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meeting aggregate (its own stream per meeting) and the processor that issues its conclusions' directives. */
@EnableConfigurationProperties(MeetingProperties.class)
@Configuration(proxyBeanMethods = false)
public class MeetingConfiguration {

    @Bean
    public ConclusionDirectives conclusionDirectives(CommandGateway commandGateway) {
        return new ConclusionDirectives(commandGateway);
    }

    @Bean
    public ConfigurerModule meetingAggregateAndConclusionDirectives(ConclusionDirectives conclusionDirectives) {
        return configurer -> {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Meeting.class));
            configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessor(ConclusionDirectives.PROCESSOR, c -> c.eventStore(),
                            c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(10))
                    .registerEventHandler(c -> conclusionDirectives)
                    // a failure stops the processor before its token passes the notice, and it tries again
                    .registerListenerInvocationErrorHandler(ConclusionDirectives.PROCESSOR, c -> PropagatingErrorHandler.instance()));
        };
    }
}
