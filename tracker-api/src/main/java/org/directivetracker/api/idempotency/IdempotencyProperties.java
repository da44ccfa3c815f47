package org.directivetracker.api.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long an {@code Idempotency-Key} is remembered ({@code tracker.idempotency.*}).
 *
 * @param retention how long a key answers as its first request did, whatever else happens on the directive
 * @param lease     how long a first request may run before a retry of it may take over (a crashed instance's key)
 */
@ConfigurationProperties("tracker.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("60s") Duration lease) {
}
