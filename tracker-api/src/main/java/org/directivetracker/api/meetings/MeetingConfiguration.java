package org.directivetracker.api.meetings;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.directivetracker.core.domain.Meeting;
import org.springframework.beans.factory.BeanFactory;
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

    /** The handler is looked up when Axon builds the processor: it sends commands, so it needs Axon's configuration. */
    @Bean
    public ConfigurerModule meetingAggregateAndConclusionDirectives(BeanFactory beans) {
        return configurer -> {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Meeting.class));
            configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessor(ConclusionDirectives.PROCESSOR, c -> c.eventStore(),
                            c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(10))
                    .registerEventHandler(c -> beans.getBean(ConclusionDirectives.class))
                    // a failure stops the processor before its token passes the notice, and it tries again
                    .registerListenerInvocationErrorHandler(ConclusionDirectives.PROCESSOR, c -> PropagatingErrorHandler.instance()));
        };
    }
}
