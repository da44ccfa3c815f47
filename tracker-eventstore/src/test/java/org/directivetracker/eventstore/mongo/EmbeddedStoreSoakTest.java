package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.embedded.EmbeddedMongo.StoreTuning;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store answers every request while writers force a commit per append and readers walk whole
 * collections. The store is tuned to free chunks as early as H2 allows (no retention time, a 1 MB page cache): that is
 * when a scan that does not register the version it reads meets {@code MVStoreException: Chunk N not found}
 * (reproduced on the bare MVStore by the benchmark module's {@code ChunkReuseReproduction}).
 */
class EmbeddedStoreSoakTest {

    private static final int WRITERS = 4;
    private static final int VIEW_ROWS = 10_000;

    @TempDir
    Path dataDir;

    @Test
    void everyRequestSucceedsWhileWritersCommitAndReadersScanTheStore() throws Exception {
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir, new StoreTuning(1, 0));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(client.getDatabase("tracker"))
                    .actorKeys(StoreFixtures.ACTOR_KEYS)
                    .durabilityBarrier(server.durabilityBarrier())
                    .eventSerializer(TrackerSerialization.serializer())
                    .snapshotSerializer(TrackerSerialization.serializer())
                    .build();
            StoreSoak soak = new StoreSoak(client.getDatabase("tracker"), engine);
            soak.seed(100, VIEW_ROWS);

            soak.run(WRITERS, 2, 2, VIEW_ROWS, Duration.ofSeconds(Long.getLong("soak.seconds", 20)));

            System.out.println("soak: " + soak);
            soak.failures.stream().limit(3).forEach(Throwable::printStackTrace);
            assertThat(soak.failures).as("failed requests").isEmpty();
            assertThat(soak.scans.get()).as("collection scans").isPositive();
            assertThat(soak.trackedReads.get()).as("events tracked").isPositive();
            long stored = 0;
            for (int writer = 0; writer < WRITERS; writer++) {
                for (int d = 0; d < StoreSoak.DIRECTIVES_PER_WRITER; d++) {
                    stored += soak.storedSequencesOf(StoreSoak.directiveOf(writer, d)).size();
                }
            }
            assertThat(stored).as("acknowledged appends read back").isEqualTo(soak.appends.get()).isPositive();
        }
    }
}
