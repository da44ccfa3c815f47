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
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.io.IOException;
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

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StoreOnlyApplication.class)
                .web(WebApplicationType.NONE)
                .properties("axon.axonserver.enabled=false",
                            "tracker.data-dir=" + dataDir,
                            "spring.main.banner-mode=off")
                .run();
    }
}
