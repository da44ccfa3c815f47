package org.directivetracker.api.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.api.operations.EventStoreHealthIndicator;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The storage wiring starts Axon on the embedded server and stops it cleanly, with no Axon Server. */
class StorageConfigurationTest {

    @TempDir
    Path dataDir;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(StorageConfiguration.class)
    static class StoreOnlyApplication {
        @Bean
        WithdrawalLog withdrawalLog() {
            return new WithdrawalLog();
        }
    }

    @ProcessingGroup("withdrawal-log")
    static class WithdrawalLog {
        final List<String> withdrawn = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(DirectiveWithdrawn event) {
            withdrawn.add(event.directiveId());
        }
    }

    @Test
    void axonRunsOnTheEmbeddedStoreAndStopsCleanly() throws IOException {
        int port;
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(MongoEventStorageEngine.class);
            assertThat(context.getBean("eventSerializer", Serializer.class)).isInstanceOf(JacksonSerializer.class);
            assertThat(context.getBean(Serializer.class)).isInstanceOf(JacksonSerializer.class);
            assertThat(context.getBean("directiveSnapshotTrigger")).isInstanceOf(EventCountSnapshotTriggerDefinition.class);
            assertThat(context.getBean("directiveCache")).isInstanceOf(EhCache3Adapter.class);
            StorageConfiguration.StoreConnection connection = context.getBean(StorageConfiguration.StoreConnection.class);
            assertThat(connection.isEmbedded()).isTrue();
            port = connection.connectionString().getHosts().stream()
                             .map(host -> Integer.parseInt(host.substring(host.indexOf(':') + 1))).findFirst().orElseThrow();

            context.getBean(EventGateway.class).publish(new DirectiveWithdrawn("d-1", "merged into d-2"));

            WithdrawalLog log = context.getBean(WithdrawalLog.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> log.withdrawn.contains("d-1"));
            MongoDatabase database = context.getBean(MongoDatabase.class);
            assertThat(database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments()).isEqualTo(1);
            assertThat(context.getBean(EventStore.class).readEvents("d-1").hasNext()).isFalse();
        }

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
        try (EmbeddedMongo reopened = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            assertThat(client.getDatabase("tracker").getCollection(MongoEventStorageEngine.EVENTS).countDocuments())
                    .isEqualTo(1);
        }
    }

    /** The store, its failure watch and its health check, as the service wires them. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({StorageConfiguration.class, StoreFailureExit.class, EventStoreHealthIndicator.class})
    static class WatchedStoreApplication {
    }

    @Test
    void theEmbeddedStoresPageCacheIsFourMegabytesUnlessSet() {
        try (ConfigurableApplicationContext context = startWatched(dataDir.resolve("default"))) {
            assertThat(context.getBean(StorageConfiguration.StoreConnection.class)).asString().contains(", page cache 4 MB ");
        }
        try (ConfigurableApplicationContext context = startWatched(dataDir.resolve("set"), "tracker.store.cache-megabytes=32")) {
            assertThat(context.getBean(StorageConfiguration.StoreConnection.class)).asString().contains(", page cache 32 MB ");
        }
    }

    @Test
    void aStoreThatClosedItselfMakesTheHealthCheckFail() throws Exception {
        try (ConfigurableApplicationContext context = startWatched(dataDir, "tracker.store.exit-on-failure=false")) {
            HealthIndicator health = context.getBean(EventStoreHealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            failAsH2Does(context.getBean(StorageConfiguration.StoreConnection.class));

            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails().get("error")).asString()
                    .startsWith("Writing failed: java.lang.OutOfMemoryError: Java heap space");
        }
    }

    /** Run in a process of its own by {@link #aStoreThatClosedItselfEndsTheProcess}: the store fails, and then nothing. */
    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = startWatched(Path.of(args[0]));
        failAsH2Does(context.getBean(StorageConfiguration.StoreConnection.class));
        Thread.sleep(120_000);
        System.out.println("still running");
    }

    @Test
    void aStoreThatClosedItselfEndsTheProcess() throws Exception {
        Path log = dataDir.resolve("service.log");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StorageConfigurationTest.class.getName(),
                dataDir.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = service.waitFor(90, TimeUnit.SECONDS);
        service.destroyForcibly();

        assertThat(ended).as("the process ended by itself").isTrue();
        assertThat(service.exitValue()).isEqualTo(1);
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("the embedded store closed itself (Writing failed: java.lang.OutOfMemoryError: Java heap space")
                .doesNotContain("still running");
    }

    private static ConfigurableApplicationContext startWatched(Path dataDir, String... properties) {
        return new SpringApplicationBuilder(WatchedStoreApplication.class)
                .web(WebApplicationType.NONE)
                .properties("axon.axonserver.enabled=false", "tracker.data-dir=" + dataDir, "spring.main.banner-mode=off")
                .properties(properties)
                .run();
    }

    /** What H2 does when a commit fails: records the failure and closes the store without writing. */
    private static void failAsH2Does(StorageConfiguration.StoreConnection connection) throws ReflectiveOperationException {
        Field embedded = StorageConfiguration.StoreConnection.class.getDeclaredField("embedded");
        embedded.setAccessible(true);
        Field store = EmbeddedMongo.class.getDeclaredField("store");
        store.setAccessible(true);
        MVStore mvStore = (MVStore) store.get(embedded.get(connection));
        try {
            mvStore.panic(DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Writing failed: {0}",
                    "java.lang.OutOfMemoryError: Java heap space"));
        } catch (MVStoreException expected) {
            mvStore.closeImmediately();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StoreOnlyApplication.class)
                .web(WebApplicationType.NONE)
                .properties("axon.axonserver.enabled=false",
                            "tracker.data-dir=" + dataDir,
                            "spring.main.banner-mode=off")
                .run();
    }
}
