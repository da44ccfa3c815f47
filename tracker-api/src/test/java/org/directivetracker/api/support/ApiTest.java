package org.directivetracker.api.support;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.directivetracker.api.TrackerApplication;
import org.directivetracker.eventstore.checkpoint.CheckpointKeys;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one application context of the HTTP tests (started once, reused by every test class): the real service on a
 * random port, on its embedded MongoDB event store with the data in a temporary directory, in demo mode, plus one
 * configured account.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tracker.demo=true",
        "tracker.accounts[0].name=office",
        // BCrypt of "office-secret"
        "tracker.accounts[0].password-hash=" + ApiTest.OFFICE_HASH,
        "tracker.accounts[0].role=PROVINCE",
        "tracker.http.max-body-size=64KB",
        // the tests read what they wrote, through the command gateway too, right after the views have it: every read
        // asks the store whether the copies are current (reads that may lag: ReadAfterWriteLagTest, ReadModelCopyTest,
        // CopiesRefreshedAfterEachBatchTest, and the two-instance test, which runs with the default)
        "tracker.read-models.read-lag=0s",
})
public abstract class ApiTest {
    public static final String OFFICE_HASH = "$2a$10$TF7qqhKOh8upQ1057zi9We20uFpYcyewEuTrL4FL9eHM3Rvb4fDj6";
    public static final String LANG_TRON = "31951";
    public static final String DAT_MUI = "32248";
    private static final Path DATA_DIR = temporaryDataDir();

    @LocalServerPort
    private int port;
    @Autowired
    protected CommandGateway commandGateway;
    @Autowired
    protected EventStore eventStore;

    protected Http http;
    protected Given given;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("tracker.data-dir", DATA_DIR::toString);
        // the province's key and the auditor's directory, apart from the database as in production
        Path keys = DATA_DIR.resolveSibling(DATA_DIR.getFileName() + "-keys");
        registry.add("tracker.checkpoints.directory", () -> keysIn(keys).resolve("checkpoints").toString());
        registry.add("tracker.checkpoints.public-key", () -> keysIn(keys).resolve(CheckpointKeys.PUBLIC_FILE).toString());
        registry.add("tracker.checkpoints.signing-key", () -> keysIn(keys).resolve(CheckpointKeys.PRIVATE_FILE).toString());
    }

    private static synchronized Path keysIn(Path directory) {
        if (!Files.exists(directory.resolve(CheckpointKeys.PRIVATE_FILE))) {
            try {
                CheckpointKeys.generate(directory);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return directory;
    }

    @BeforeEach
    void clients() {
        http = new Http(port);
        given = new Given(commandGateway);
    }

    /** The directive's stored events, oldest first: its whole stream, not from its latest snapshot. */
    protected List<DomainEventMessage<?>> stream(String directiveId) {
        return eventStore.readEvents(directiveId, 0).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    protected List<Object> payloads(String directiveId) {
        return stream(directiveId).stream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("tracker-api-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }
}
