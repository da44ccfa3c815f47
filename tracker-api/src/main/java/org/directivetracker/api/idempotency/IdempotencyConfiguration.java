package org.directivetracker.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.directivetracker.api.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The idempotency keys' collection and the filter that consults it on every API write with a key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    @Bean
    public IdempotencyKeys idempotencyKeys(MongoDatabase database, IdempotencyProperties properties,
                                           ObjectProvider<Clock> clock) {
        return new IdempotencyKeys(database, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Right after Spring Security, which has signed the account in: a key belongs to one account. */
    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, Problems problems, ObjectMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys, problems, json));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** The embedded store has no TTL index: expired keys are dropped hourly (MongoDB drops them itself as well). */
    @Bean(destroyMethod = "shutdownNow")
    public ScheduledExecutorService idempotencyKeyPurge(IdempotencyKeys keys) {
        ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-key-purge");
            thread.setDaemon(true);
            return thread;
        });
        purge.scheduleWithFixedDelay(keys::purgeExpired, 1, 60, TimeUnit.MINUTES);
        return purge;
    }
}
