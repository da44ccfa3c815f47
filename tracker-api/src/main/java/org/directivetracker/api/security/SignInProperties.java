package org.directivetracker.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in protection ({@code tracker.sign-in.*}).
 *
 * @param freeFailures        failed sign-ins of an account before any wait is imposed
 * @param freeAddressFailures failed sign-ins from one address (of any accounts) before any wait is imposed: higher,
 *                            as an office's users may share one address
 * @param firstWait           the wait after the first failure beyond the free ones; it doubles with each further one
 * @param longestWait         the longest wait: the temporary lock
 * @param verifiedCredentials how long a verified password is remembered, so that the API's Basic requests do not
 *                            each cost a BCrypt check (zero: never)
 */
@ConfigurationProperties("tracker.sign-in")
public record SignInProperties(@DefaultValue("5") int freeFailures, @DefaultValue("20") int freeAddressFailures,
                               @DefaultValue("1s") Duration firstWait,
                               @DefaultValue("15m") Duration longestWait,
                               @DefaultValue("5m") Duration verifiedCredentials) {
}
