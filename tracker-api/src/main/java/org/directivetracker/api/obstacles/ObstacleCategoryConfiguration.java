package org.directivetracker.api.obstacles;

import org.directivetracker.core.domain.ObstacleCategories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The configured obstacle categories: for the aggregate, the codes a new obstacle may take; for every reader, their
 * names, answered under the message bundles (which hold no {@code category.*} key).
 */
@EnableConfigurationProperties(ObstacleCategoryProperties.class)
@Configuration(proxyBeanMethods = false)
public class ObstacleCategoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ObstacleCategoryConfiguration.class);

    public ObstacleCategoryConfiguration(MessageSource messageSource, ObstacleCategoryProperties categories) {
        if (messageSource instanceof HierarchicalMessageSource bundles) {
            ObstacleCategoryNames names = new ObstacleCategoryNames(categories);
            names.setParentMessageSource(bundles.getParentMessageSource());
            bundles.setParentMessageSource(names);
        }
    }

    @Bean
    public ObstacleCategories obstacleCategories(ObstacleCategoryProperties categories) {
        ObstacleCategories known = ObstacleCategories.of(categories.codes());
        log.info("Obstacle categories: {}", String.join(", ", known.codes()));
        return known;
    }
}
