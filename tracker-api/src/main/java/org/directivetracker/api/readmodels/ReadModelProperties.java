package org.directivetracker.api.readmodels;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The read models' processors and rebuilds ({@code tracker.read-models.*}).
 *
 * @param batchSize      events a read model's processor handles in one batch
 * @param rebuildAtStart rebuild every read model before serving (also {@code --rebuild-read-models})
 * @param aliasRefresh   how soon this instance follows a rebuild promoted by another
 * @param claimTimeout   how long a processor's claim on its segment holds without being renewed: when an instance dies
 *                       without releasing it, another takes the segment over after this (and at most a fifth more)
 * @param catchUpTimeout how long a read that sends a write's consistency token back waits for the views to pass it
 * @param queryTimeout   how long a read waits for a view's answer before it is answered 503 with Retry-After
 * @param copyRefresh    how often this instance brings its copies of the read models up to date ahead of their
 *                       readers, after reading them all once at start (0: each only when read)
 * @param readLag        how long ago a copy may have been found current for a read that asks to see no write of its
 *                       own (no {@code Tracker-After}, no own page write since) to be answered from it without asking
 *                       the store (0: every read asks)
 */
@ConfigurationProperties("tracker.read-models")
public record ReadModelProperties(@DefaultValue("100") int batchSize, @DefaultValue("false") boolean rebuildAtStart,
                                  @DefaultValue("10s") Duration aliasRefresh, @DefaultValue("10s") Duration claimTimeout,
                                  @DefaultValue("5s") Duration catchUpTimeout, @DefaultValue("30s") Duration queryTimeout,
                                  @DefaultValue("250ms") Duration copyRefresh, @DefaultValue("1s") Duration readLag) {

    public ReadModelProperties {
        if (claimTimeout.compareTo(Duration.ofSeconds(2)) < 0) {
            // a processor renews its claim about every second while idle: a shorter timeout would let others steal it
            throw new IllegalArgumentException("tracker.read-models.claim-timeout must be at least 2s, not " + claimTimeout);
        }
    }

    /** How often a processor without its segment tries to claim it: a fifth of the claim timeout, at most 5 s. */
    public Duration claimInterval() {
        Duration fifth = claimTimeout.dividedBy(5);
        return fifth.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : fifth;
    }
}
