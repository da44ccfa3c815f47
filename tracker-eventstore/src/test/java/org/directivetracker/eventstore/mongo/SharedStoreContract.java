package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.eventstore.mongo.StoreFixtures.ACTOR_KEYS;
import static org.directivetracker.eventstore.mongo.StoreFixtures.reports;

/**
 * What the store promises to several processes writing one database: each process has its own engine on its own
 * client (own connections, own in-process locks), so only the database can arbitrate between them.
 */
abstract class SharedStoreContract {

    private static final int WRITERS_PER_PROCESS = 3;
    private static final int AGGREGATES_PER_WRITER = 3;
    private static final int EVENTS_EACH = 40;

    /** A client of its own, as a second process would open, on the store under test. */
    protected abstract MongoClient newClient();

    @Test
    void twoProcessesAppendingAtOnceAreHandedEveryPositionOnce() throws Exception {
        String databaseName = "shared_" + UUID.randomUUID().toString().replace("-", "");
        try (MongoClient first = newClient(); MongoClient second = newClient()) {
            List<MongoEventStorageEngine> processes = List.of(engine(first.getDatabase(databaseName)),
                    engine(second.getDatabase(databaseName)));
            ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_PROCESS);
            List<Future<?>> writing = new ArrayList<>();
            int writer = 0;
            for (MongoEventStorageEngine process : processes) {
                for (int w = 0; w < WRITERS_PER_PROCESS; w++, writer++) {
                    int writerNumber = writer;
                    // commits of one and of two events, so that overlapping allocations would not align
                    writing.add(writers.submit(() -> {
                        for (long sequence = 0; sequence < EVENTS_EACH; sequence += 2) {
                            for (int a = 0; a < AGGREGATES_PER_WRITER; a++) {
                                String aggregate = "d-" + writerNumber + "-" + a;
                                process.appendEvents(reports(aggregate, sequence, 1));
                                process.appendEvents(reports(aggregate, sequence + 1, 1));
                            }
                        }
                    }));
                }
            }
            for (Future<?> future : writing) {
                future.get(); // no append was refused: no two commits were handed the same first position
            }
            writers.shutdown();

            long written = 2L * WRITERS_PER_PROCESS * AGGREGATES_PER_WRITER * EVENTS_EACH;
            Set<Long> positions = new HashSet<>();
            long eventsStored = 0;
            for (Document commit : first.getDatabase(databaseName).getCollection(MongoEventStorageEngine.EVENTS).find()) {
                for (Document event : commit.getList(CommitLayout.EVENTS_FIELD, Document.class)) {
                    positions.add(event.getLong(CommitLayout.POSITION));
                    eventsStored++;
                }
            }
            assertThat(eventsStored).isEqualTo(written);
            assertThat(positions).as("every event at a position of its own").hasSize((int) written);

            Map<String, List<Long>> delivered = new HashMap<>();
            try (Stream<? extends TrackedEventMessage<?>> events = processes.get(1).readEvents(null, false)) {
                events.forEach(event -> {
                    DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
                    delivered.computeIfAbsent(domain.getAggregateIdentifier(), id -> new ArrayList<>()).add(domain.getSequenceNumber());
                });
            }
            List<Long> everySequenceInOrder = LongStream.range(0, EVENTS_EACH).boxed().toList();
            assertThat(delivered).hasSize(2 * WRITERS_PER_PROCESS * AGGREGATES_PER_WRITER);
            delivered.forEach((aggregate, sequences) -> assertThat(sequences).as(aggregate).isEqualTo(everySequenceInOrder));
        }
    }

    private static MongoEventStorageEngine engine(MongoDatabase database) {
        Serializer serializer = TrackerSerialization.serializer();
        return MongoEventStorageEngine.builder().database(database).actorKeys(ACTOR_KEYS).eventSerializer(serializer)
                                      .snapshotSerializer(serializer).build();
    }
}
