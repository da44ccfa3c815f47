package org.directivetracker.api.diagnostics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The requests in flight, seen by the first filter of all, and the watch that logs the slow ones and the stalls. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiagnosticsProperties.class)
public class DiagnosticsConfiguration {

    @Bean
    public RequestsInFlight requestsInFlight() {
        return new RequestsInFlight(System::nanoTime);
    }

    /** First of all filters: a request's time includes signing in and the other filters. */
    @Bean
    public FilterRegistrationBean<RequestsInFlight> requestsInFlightFilter(RequestsInFlight requests) {
        FilterRegistrationBean<RequestsInFlight> registration = new FilterRegistrationBean<>(requests);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public StallWatch stallWatch(RequestsInFlight requests, DiagnosticsProperties properties) {
        return new StallWatch(requests, properties, System::nanoTime);
    }
}
