package org.directivetracker.api.store;

import org.directivetracker.eventstore.embedded.EmbeddedMongo.StoreTuning;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where and how events are stored ({@code tracker.*}; the service's other settings are in their own records).
 *
 * @param mongo    a MongoDB replica set ({@code TRACKER_MONGO_URI}); unset: the embedded server
 * @param dataDir  the embedded server's files ({@code TRACKER_DATA_DIR})
 * @param store    how the engine reads
 * @param snapshot how often a directive is snapshotted
 */
@ConfigurationProperties("tracker")
public record StorageProperties(@DefaultValue Mongo mongo, @DefaultValue("./data") Path dataDir,
                                @DefaultValue Store store, @DefaultValue Snapshot snapshot) {

    /** @param uri the connection string; its database, or {@code tracker} */
    public record Mongo(String uri) {
        boolean configured() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param batchSize         positions per tracking query: the embedded server's {@code $in} costs commits found x
     *                          positions asked
     * @param gapTimeoutSeconds how long a reader waits for a position allocated but not yet visible
     * @param exitOnFailure     end the process when the embedded store closed itself (every request would fail until
     *                          a restart; a service manager starts the process again)
     * @param cacheMegabytes    the embedded store's pages kept decoded in memory, as H2 estimates their size (unset:
     *                          the store's default, see {@code EmbeddedMongo.StoreTuning})
     */
    public record Store(@DefaultValue("250") int batchSize, @DefaultValue("60") long gapTimeoutSeconds,
                        @DefaultValue("true") boolean exitOnFailure, Integer cacheMegabytes) {

        StoreTuning tuning() {
            return cacheMegabytes == null ? StoreTuning.DEFAULT
                    : new StoreTuning(cacheMegabytes, StoreTuning.DEFAULT.retentionMillis());
        }
    }

    /**
     * @param threshold events between two snapshots of a directive, so long streams load fast
     * @param cached    directives kept loaded between commands, the most recently used: a command on one of them
     *                  neither reads its snapshot nor replays its events
     */
    public record Snapshot(@DefaultValue("100") int threshold, @DefaultValue("2000") int cached) {
    }
}
