package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An append the caller saw succeed survives the process dying right after it. */
class CrashDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedEventSurvivesAKillRightAfterItsAppend() throws Exception {
        List<String> acknowledged = runAppenderUntilKilled(40, 1);
        assertThat(acknowledged).hasSize(40);

        assertThat(storedEvents(7)).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    @Test
    void everyAppendAcknowledgedToConcurrentWritersSurvivesAKill() throws Exception {
        List<String> acknowledged = runAppenderUntilKilled(200, 8);
        assertThat(acknowledged).hasSize(200);

        // appends that were written but not yet answered when the process died may be there too
        assertThat(storedEvents(8)).containsAll(acknowledged);
    }

    private List<String> runAppenderUntilKilled(int appends, int writers) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingAppender.class.getName(),
                dataDir.toString(), String.valueOf(appends), String.valueOf(writers))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return acknowledged;
    }

    private List<String> storedEvents(int directives) {
        try (EmbeddedMongo reopened = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(client.getDatabase("tracker"))
                    .actorKeys(StoreFixtures.ACTOR_KEYS)
                    .eventSerializer(TrackerSerialization.serializer())
                    .snapshotSerializer(TrackerSerialization.serializer())
                    .build();
            List<String> stored = new ArrayList<>();
            for (int directive = 0; directive < directives; directive++) {
                for (StoredEvent event : engine.readStoredEvents("d-" + directive, 0, 1_000)) {
                    stored.add(event.aggregateId() + " " + event.sequence());
                }
            }
            return stored;
        }
    }
}
