package org.directivetracker.api.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Sign-in protection shared by the API's and the pages' filter chains. */
@Configuration(proxyBeanMethods = false)
public class SignInConfiguration {

    @Bean
    public SignInThrottle signInThrottle(SignInProperties properties, ObjectProvider<Clock> clock) {
        return new SignInThrottle(properties, clock.getIfAvailable(Clock::systemUTC));
    }
}
