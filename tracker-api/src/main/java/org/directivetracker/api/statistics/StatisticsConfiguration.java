package org.directivetracker.api.statistics;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.directivetracker.core.domain.Period;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reporting period aggregate (its own stream per period) and the statistics' settings. */
@EnableConfigurationProperties(StatisticsProperties.class)
@Configuration(proxyBeanMethods = false)
public class StatisticsConfiguration {

    @Bean
    public ConfigurerModule periodAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Period.class));
    }
}
