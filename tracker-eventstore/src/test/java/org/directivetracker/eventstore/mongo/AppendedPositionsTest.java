package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.eventstore.mongo.StoreFixtures.ACTOR_KEYS;
import static org.directivetracker.eventstore.mongo.StoreFixtures.reports;

/** A write's consistency token: the position of the last event its unit of work appended. */
class AppendedPositionsTest {

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void openStore() {
        server = EmbeddedMongo.startInMemory();
        client = MongoClients.create(server.connectionString());
        Serializer serializer = TrackerSerialization.serializer();
        engine = MongoEventStorageEngine.builder().database(client.getDatabase("positions")).actorKeys(ACTOR_KEYS)
                                        .eventSerializer(serializer).snapshotSerializer(serializer).build();
    }

    @AfterEach
    void closeStore() {
        client.close();
        server.close();
    }

    @Test
    void aUnitOfWorkKnowsThePositionOfTheLastEventItAppended() {
        engine.appendEvents(reports("d-other", 0, 3)); // positions 1-3, before the unit of work
        List<OptionalLong> seenAfterCommit = new ArrayList<>();

        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a command")).execute(() -> {
            afterCommitNote(seenAfterCommit);
            engine.appendEvents(reports("d-1", 0, 2));
            engine.appendEvents(reports("d-2", 0, 1));
        });

        assertThat(seenAfterCommit).containsExactly(OptionalLong.of(6));
        assertThat(engine.lastGlobalPosition()).isEqualTo(6);
    }

    @Test
    void aUnitOfWorkThatAppendedNothingHasNoPosition() {
        engine.appendEvents(reports("d-other", 0, 3));
        List<OptionalLong> seenAfterCommit = new ArrayList<>();

        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a query")).execute(() ->
                afterCommitNote(seenAfterCommit));

        assertThat(seenAfterCommit).containsExactly(OptionalLong.empty());
    }

    /** Notes the position once the current unit of work committed, as the service's command interceptor reads it. */
    private static void afterCommitNote(List<OptionalLong> seen) {
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> seen.add(AppendedPositions.lastIn(unitOfWork)));
    }
}
