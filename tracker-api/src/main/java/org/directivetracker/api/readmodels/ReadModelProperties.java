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
 */
@ConfigurationProperties("tracker.read-models")
public record ReadModelProperties(@DefaultValue("100") int batchSize, @DefaultValue("false") boolean rebuildAtStart,
                                  @DefaultValue("10s") Duration aliasRefresh) {
}
