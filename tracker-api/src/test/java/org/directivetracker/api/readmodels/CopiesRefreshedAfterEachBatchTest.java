package org.directivetracker.api.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.projections.progress.DirectiveStates;
import org.directivetracker.projections.readmodel.ReadLag;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.registry.TrackerReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * A batch this instance's processor logged reaches its copies without a reader asking the store and long before the
 * refresher's next round: a read that may lag shows it a moment later.
 */
class CopiesRefreshedAfterEachBatchTest {

    private EmbeddedMongo store;
    private MongoClient client;
    private ReadModelRoom room;
    private ReadModelLifecycle lifecycle;

    @BeforeEach
    void start() {
        store = EmbeddedMongo.startInMemory();
        client = MongoClients.create(store.connectionString());
        room = new ReadModelRoom(client.getDatabase("refresh-after-batch"), TrackerReadModels.ALL);
        // the periodic round an hour away: only the refresh after a batch can bring a copy up to date
        lifecycle = new ReadModelLifecycle(new ReadModelRebuilder(room, null, null, null), false, Duration.ZERO, Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        ReadLag.clear();
        lifecycle.stop();
        client.close();
        store.close();
    }

    @Test
    void aReadThatMayLagShowsABatchThisInstanceLoggedWithoutTheNextRound() throws Exception {
        DirectiveStates states = room.readModel(DirectiveStates.REGISTRATION);
        lifecycle.start();
        issue("d-1");
        assertThat(states.find("d-1")).as("a current read").isPresent();

        issue("d-2");
        ReadLag.allow(Duration.ofHours(1), System.nanoTime() - Duration.ofHours(2).toNanos());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (states.find("d-2").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(states.find("d-2")).as("a read that may lag, an hour before the next round").isPresent();
    }

    private void issue(String id) {
        ReadModelRoom.Live<?> live = room.find(DirectiveStates.NAME).orElseThrow();
        DirectiveIssued issued = new DirectiveIssued(id, "Rà soát trang thiết bị", "Theo Công văn số 1234/UBND-VP",
                "1234/UBND-VP", "Cải cách hành chính", Priority.HIGH, LocalDate.of(2026, 12, 31));
        ReadModelRoom.handleBatch(List.of(new GenericDomainEventMessage<>("Directive", id, 0, issued)),
                new AnnotationEventHandlerAdapter(live.handlers()), live.context());
    }
}
