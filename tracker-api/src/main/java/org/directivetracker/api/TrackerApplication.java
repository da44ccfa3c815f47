package org.directivetracker.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The tracker service. Only this module's packages are scanned: the domain and the read models are registered
 * explicitly (see {@code config}), so they stay free of Spring stereotypes.
 */
@SpringBootApplication(scanBasePackages = "org.directivetracker.api")
@ConfigurationPropertiesScan("org.directivetracker.api")
public class TrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrackerApplication.class, args);
    }
}
