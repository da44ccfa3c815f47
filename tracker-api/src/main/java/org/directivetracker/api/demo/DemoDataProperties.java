package org.directivetracker.api.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/** @param scenario the scenario loaded in demo mode; a province points it at its own training data */
@ConfigurationProperties("tracker.demo-data")
public record DemoDataProperties(@DefaultValue("classpath:demo/scenario.yml") Resource scenario) {
}
