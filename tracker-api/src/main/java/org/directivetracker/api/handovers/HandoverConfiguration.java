package org.directivetracker.api.handovers;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.directivetracker.core.domain.CommuneOffice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The commune office aggregate, one stream per commune, where handovers are recorded. */
@Configuration(proxyBeanMethods = false)
public class HandoverConfiguration {

    /** Registered without Spring stereotypes in the domain, as the directive is. A short stream: no snapshots. */
    @Bean
    public ConfigurerModule communeOfficeAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(CommuneOffice.class));
    }
}
