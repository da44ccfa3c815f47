package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.directivetracker.eventstore.chain.EventHashChain;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.directivetracker.eventstore.mongo.StoreFixtures.ACTOR_KEYS;
import static org.directivetracker.eventstore.mongo.StoreFixtures.progress;
import static org.directivetracker.eventstore.mongo.StoreFixtures.reports;

/** What the event store promises, run against every MongoDB it supports. */
abstract class EventStoreContract {

    private MongoDatabase database;
    private MongoEventStorageEngine engine;

    /** A database of its own for each test. */
    protected abstract MongoDatabase freshDatabase();

    @BeforeEach
    void openStore() {
        database = freshDatabase();
        engine = engine(MongoEventStorageEngine.builder());
    }

    private MongoEventStorageEngine engine(MongoEventStorageEngine.Builder builder) {
        Serializer serializer = TrackerSerialization.serializer();
        return builder.database(database).actorKeys(ACTOR_KEYS).eventSerializer(serializer).snapshotSerializer(serializer)
                      .build();
    }

    @Test
    void appendedEventsReadBackFromTheirStreamAndByTracking() {
        engine.appendEvents(reports("d-1", 0, 2));
        engine.appendEvents(reports("d-2", 0, 1));
        engine.appendEvents(reports("d-1", 2, 1));

        List<? extends DomainEventMessage<?>> stream = engine.readEvents("d-1").asStream().toList();
        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(stream.get(2).getPayload()).isEqualTo(new SampleReport("d-1", "32008", 2, "report 2"));
        assertThat(stream.get(2).getMetaData()).containsEntry("account", "chair-32008");

        List<TrackedEventMessage<?>> tracked = readAll(null);
        assertThat(tracked).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier() + "#"
                                            + ((DomainEventMessage<?>) e).getSequenceNumber())
                           .containsExactly("d-1#0", "d-1#1", "d-2#0", "d-1#2");
        assertThat(tracked).extracting(e -> e.trackingToken().position().orElseThrow())
                           .containsExactly(1L, 2L, 3L, 4L);
        assertThat(engine.lastGlobalPosition()).isEqualTo(4);
    }

    @Test
    void canReadFromSequencesNoStreamReachesWithoutOverflowing() {
        engine.appendEvents(reports("d-1", 0, 3));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(engine.readStoredEvents("d-1", Long.MAX_VALUE, 10)).isEmpty();
            assertThat(engine.readStoredEvents("d-1", Long.MAX_VALUE - 100, 10)).isEmpty();
            assertThat(engine.readEvents("d-1", Long.MAX_VALUE).asStream()).isEmpty();
        });
    }

    @Test
    void timestampsAndPayloadsAreStoredExactly() {
        Instant at = Instant.parse("2026-03-01T02:03:04.123456789Z");
        engine.appendEvents(progress("d-1", 0, 40, at));

        StoredEvent stored = engine.readStoredEvents("d-1", 0, 10).get(0);
        assertThat(stored.timestamp()).isEqualTo(at);
        assertThat(stored.payloadType()).isEqualTo(SampleReport.class.getName());
        assertThat(stored.payloadJson()).contains("\"percent\":40");
        assertThat(stored.metadataJson()).contains("\"role\":\"COMMUNE\"");
        assertThat(stored.globalPosition()).isEqualTo(1);
        assertThat(stored.aggregateType()).isEqualTo("Directive");
        assertThat(engine.readEvents("d-1").next().getTimestamp()).isEqualTo(at);
    }

    @Test
    void aWriterThatLostTheRaceGetsAConcurrencyException() {
        engine.appendEvents(reports("d-1", 0, 2));
        MongoEventStorageEngine otherInstance = engine(MongoEventStorageEngine.builder());

        assertThatThrownBy(() -> otherInstance.appendEvents(progress("d-1", 0, 9)))
                .isInstanceOf(AggregateStreamCreationException.class); // Axon's name for a race on sequence 0
        assertThatThrownBy(() -> otherInstance.appendEvents(progress("d-1", 1, 9)))
                .isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(progress("d-1", 2, 50));
        assertThatThrownBy(() -> otherInstance.appendEvents(progress("d-1", 2, 60)))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> otherInstance.appendEvents(progress("d-1", 0, 60)))
                .isInstanceOf(AggregateStreamCreationException.class);

        // nothing of the losers is visible, nor left behind as a gap in tracking
        assertThat(engine.readEvents("d-1").asStream().map(e -> ((SampleReport) e.getPayload()).percent()))
                .containsExactly(0, 1, 50);
        List<TrackedEventMessage<?>> tracked = readAll(null);
        assertThat(tracked).hasSize(3);
        assertThat(((GapAwareTrackingToken) tracked.get(2).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void theEventsOfOneAppendAreOneCommitVisibleTogether() {
        engine.appendEvents(reports("d-1", 0, 65));

        assertThat(database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments()).isEqualTo(1);
        Document commit = database.getCollection(MongoEventStorageEngine.EVENTS).find().first();
        assertThat(commit.getList("events", Document.class)).hasSize(65);
        assertThat(commit.getString("stream")).isEqualTo("d-1/0");
        assertThat(readAll(null)).hasSize(65);
        assertThat(engine.readEvents("d-1").asStream()).hasSize(65);
    }

    @Test
    void aStreamCanBeReadFromTheMiddleOfACommit() {
        engine.appendEvents(reports("d-1", 0, 5));
        engine.appendEvents(reports("d-1", 5, 3));
        MongoEventStorageEngine freshInstance = engine(MongoEventStorageEngine.builder());

        assertThat(freshInstance.readStoredEvents("d-1", 3, 100)).extracting(StoredEvent::sequence)
                                                                   .containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(freshInstance.readStoredEvents("d-1", 1, 2)).extracting(StoredEvent::sequence)
                                                                 .containsExactly(1L, 2L);
        assertThat(freshInstance.readStoredEvents("d-1", 8, 100)).isEmpty();
        assertThat(freshInstance.readStoredEvents("unknown", 0, 100)).isEmpty();
    }

    @Test
    void aTokenThatStopsInsideACommitResumesWithTheRestOfIt() {
        engine.appendEvents(reports("d-1", 0, 5));
        engine.appendEvents(reports("d-2", 0, 1));
        TrackingToken afterSecond = readAll(null).get(1).trackingToken();
        MongoEventStorageEngine freshInstance = engine(MongoEventStorageEngine.builder());

        List<TrackedEventMessage<?>> rest;
        try (Stream<? extends TrackedEventMessage<?>> stream = freshInstance.readEvents(afterSecond, false)) {
            rest = new ArrayList<>(stream.toList());
        }
        assertThat(rest).extracting(e -> e.trackingToken().position().orElseThrow()).containsExactly(3L, 4L, 5L, 6L);
    }

    @Test
    void aCommitThatBecomesVisibleAfterALaterOneIsStillDeliveredOnce() {
        engine.appendEvents(reports("d-1", 0, 1));
        engine.appendEvents(reports("d-2", 0, 2)); // positions 2-3: held back below, as if still in flight
        engine.appendEvents(reports("d-3", 0, 1));
        var events = database.getCollection(MongoEventStorageEngine.EVENTS);
        Document inFlight = events.findOneAndDelete(Filters.eq("_id", 2L));

        List<TrackedEventMessage<?>> first = readAll(null);
        assertThat(first).extracting(this::aggregateOf).containsExactly("d-1", "d-3");
        GapAwareTrackingToken token = (GapAwareTrackingToken) first.get(1).trackingToken();
        assertThat(token.getGaps()).containsExactly(2L, 3L);

        events.insertOne(inFlight);
        List<TrackedEventMessage<?>> second = readAll(token);
        assertThat(second).extracting(this::aggregateOf).containsExactly("d-2", "d-2");
        GapAwareTrackingToken filled = (GapAwareTrackingToken) second.get(1).trackingToken();
        assertThat(filled.getGaps()).isEmpty();
        assertThat(filled.getIndex()).isEqualTo(4);
        assertThat(readAll(filled)).isEmpty();
    }

    @Test
    void aGapIsGivenUpOnlyAfterTheReaderHasSeenItOpenForTheGapTimeout() {
        engine.appendEvents(reports("d-1", 0, 1));
        allocatePositionsOfADeadWriter(3);
        engine.appendEvents(reports("d-2", 0, 1));
        ReaderClock clock = new ReaderClock(Instant.parse("2026-01-01T00:00:00Z"));
        MongoEventStorageEngine reader = engine(MongoEventStorageEngine.builder().gapTimeout(Duration.ofSeconds(60)).clock(clock));
        GapAwareTrackingToken token = lastToken(readAll(reader, null));
        assertThat(token.getGaps()).containsExactly(2L, 3L, 4L);
        engine.appendEvents(reports("d-3", 0, 1));

        clock.advance(Duration.ofSeconds(30));
        GapAwareTrackingToken justAfter = lastToken(readAll(reader, token));
        clock.advance(Duration.ofSeconds(31));
        engine.appendEvents(reports("d-4", 0, 1));
        GapAwareTrackingToken longAfter = lastToken(readAll(reader, justAfter));

        assertThat(justAfter.getGaps()).containsExactly(2L, 3L, 4L);
        assertThat(longAfter.getGaps()).isEmpty();
    }

    @Test
    void aCommitBehindABackdatedOneIsStillDeliveredWhenItArrives() {
        // a writer whose events carry a time far in the past (an imported history, a skewed clock) must not make a
        // reader give up a position that is merely still in flight
        Instant longAgo = Instant.now().minus(Duration.ofDays(30));
        engine.appendEvents(reports("d-1", 0, 1, longAgo));
        engine.appendEvents(reports("d-2", 0, 1, longAgo)); // position 2: held back below, as if still in flight
        engine.appendEvents(reports("d-3", 0, 1, longAgo));
        var events = database.getCollection(MongoEventStorageEngine.EVENTS);
        Document inFlight = events.findOneAndDelete(Filters.eq("_id", 2L));

        GapAwareTrackingToken token = lastToken(readAll(null));
        engine.appendEvents(reports("d-4", 0, 1, longAgo));
        GapAwareTrackingToken next = lastToken(readAll(token));
        events.insertOne(inFlight);
        List<TrackedEventMessage<?>> late = readAll(next);

        assertThat(token.getGaps()).containsExactly(2L);
        assertThat(next.getGaps()).containsExactly(2L);
        assertThat(late).extracting(this::aggregateOf).containsExactly("d-2");
    }

    @Test
    void aGapFilledWhileAStreamIsOpenIsDeliveredInThatStreamBeforeWhatFollows() {
        engine.appendEvents(reports("d-1", 0, 1));
        engine.appendEvents(reports("d-2", 0, 1)); // position 2: held back below, as if still in flight
        engine.appendEvents(reports("d-3", 0, 1));
        engine.appendEvents(reports("d-4", 0, 1));
        var events = database.getCollection(MongoEventStorageEngine.EVENTS);
        Document inFlight = events.findOneAndDelete(Filters.eq("_id", 2L));
        MongoEventStorageEngine reader = engine(MongoEventStorageEngine.builder().batchSize(2));

        List<String> delivered = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = reader.readEvents((TrackingToken) null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            delivered.add(aggregateAndSequence(iterator.next()));
            delivered.add(aggregateAndSequence(iterator.next()));
            // the writer of position 2 finishes, then the aggregate of position 2 goes on at position 5
            events.insertOne(inFlight);
            engine.appendEvents(reports("d-2", 1, 1));
            iterator.forEachRemaining(event -> delivered.add(aggregateAndSequence(event)));
        }

        // batches of two positions: 1-2 (2 still missing), 2-3 (2 becomes a gap), then the gap with 4-5
        assertThat(delivered).containsExactly("d-1#0", "d-3#0", "d-2#0", "d-4#0", "d-2#1");
    }

    @Test
    void aReaderFollowingConcurrentWritersGetsEveryAggregatesEventsOnceAndInOrder() throws Exception {
        int aggregates = 20;
        int eventsEach = 120;
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writing.add(writers.submit(() -> {
                for (long sequence = 0; sequence < eventsEach; sequence++) {
                    for (int a = writer; a < aggregates; a += 4) {
                        engine.appendEvents(reports("d-" + a, sequence, 1));
                    }
                }
            }));
        }
        Map<String, List<Long>> delivered = new HashMap<>();
        TrackingToken token = null;
        boolean writersBusy = true;
        while (writersBusy) {
            writersBusy = writing.stream().anyMatch(future -> !future.isDone());
            // like a processor: open a stream from the last token, read what is there, open the next one
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
                Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                while (events.hasNext()) {
                    TrackedEventMessage<?> event = events.next();
                    DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
                    delivered.computeIfAbsent(domainEvent.getAggregateIdentifier(), id -> new ArrayList<>())
                             .add(domainEvent.getSequenceNumber());
                    token = event.trackingToken();
                }
            }
        }
        for (Future<?> future : writing) {
            future.get(); // no writer was refused: every position was handed out once
        }
        writers.shutdown();

        List<Long> everySequenceInOrder = LongStream.range(0, eventsEach).boxed().toList();
        for (int a = 0; a < aggregates; a++) {
            assertThat(delivered.get("d-" + a)).as("d-" + a).isEqualTo(everySequenceInOrder);
        }
    }

    @Test
    void trackingTokensStaySmallAfterAHundredThousandEvents() throws Exception {
        Instant written = Instant.now().minus(Duration.ofMinutes(10));
        int directives = 0;
        // large commits keep this quick; what is measured is the token, which grows with gaps, not with commits
        for (int commit = 0; commit < 200; commit++) {
            engine.appendEvents(reports("d-" + directives++, 0, 500, written));
            if (commit % 20 == 0) {
                allocatePositionsOfADeadWriter(7); // a writer that died between allocation and insert
            }
        }
        ReaderClock clock = new ReaderClock(Instant.now());
        MongoEventStorageEngine reader = engine(MongoEventStorageEngine.builder().batchSize(5_000).clock(clock));
        TrackingToken token = null;
        long delivered = 0;
        long lastPosition = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = reader.readEvents((TrackingToken) null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            while (events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                long position = event.trackingToken().position().orElseThrow();
                assertThat(position).isGreaterThan(lastPosition);
                lastPosition = position;
                token = event.trackingToken();
                delivered++;
            }
        }
        assertThat(delivered).isEqualTo(100_000);
        // once the reader has seen the gaps open for longer than the timeout, its next read drops them
        clock.advance(Duration.ofMinutes(2));
        try (Stream<? extends TrackedEventMessage<?>> stream = reader.readEvents(token, false)) {
            assertThat(stream).isEmpty();
        }
        engine.appendEvents(reports("d-last", 0, 1));
        try (Stream<? extends TrackedEventMessage<?>> stream = reader.readEvents(token, false)) {
            token = stream.reduce((a, b) -> b).orElseThrow().trackingToken();
        }
        SerializedObject<byte[]> serialized = TrackerSerialization.serializer().serialize(token, byte[].class);
        assertThat(((GapAwareTrackingToken) token).getGaps()).isEmpty();
        assertThat(serialized.getData().length).isLessThan(16 * 1024);
    }

    @Test
    void eachEventLinksToThePreviousOneOfItsStreamByHash() {
        engine.appendEvents(reports("d-1", 0, 2));
        engine.appendEvents(reports("d-2", 0, 1));
        engine.appendEvents(reports("d-1", 2, 1));
        MongoEventStorageEngine freshInstance = engine(MongoEventStorageEngine.builder());
        freshInstance.appendEvents(reports("d-1", 3, 2)); // previous hash read from the stored tail

        List<StoredEvent> history = engine.readStoredEvents("d-1", 0, 100);
        assertThat(history).hasSize(5);
        String previous = EventHashChain.GENESIS;
        for (StoredEvent event : history) {
            assertThat(event.hash()).matches("[0-9a-f]{64}");
            assertThat(EventHashChain.recompute(event, previous, ACTOR_KEYS)).isEqualTo(event.hash());
            previous = event.hash();
        }
        StoredEvent second = history.get(1);
        StoredEvent altered = new StoredEvent(second.globalPosition(), second.aggregateId(), second.aggregateType(),
                second.sequence(), second.eventId(), second.payloadType(), second.revision(), second.timestamp(),
                second.payloadJson().replace("report 1", "report X"), second.metadataJson(), second.hash());
        assertThat(EventHashChain.recompute(altered, history.get(0).hash(), ACTOR_KEYS)).isNotEqualTo(second.hash());
    }

    @Test
    void theLatestSnapshotIsKept() {
        engine.appendEvents(reports("d-1", 0, 10));
        engine.storeSnapshot(snapshot("d-1", 9, 90));
        engine.storeSnapshot(snapshot("d-1", 4, 40));

        DomainEventMessage<?> latest = engine.readSnapshot("d-1").orElseThrow();
        assertThat(latest.getSequenceNumber()).isEqualTo(9);
        assertThat(((SampleReport) latest.getPayload()).percent()).isEqualTo(90);
        assertThat(engine.readSnapshot("d-2")).isEmpty();
        assertThat(database.getCollection(MongoEventStorageEngine.SNAPSHOTS).countDocuments()).isEqualTo(1);
    }

    @Test
    void anEventStoreLoadsAStreamFromItsSnapshotOn() {
        engine.appendEvents(reports("d-1", 0, 100));
        engine.storeSnapshot(snapshot("d-1", 99, 99));
        engine.appendEvents(reports("d-1", 100, 3));
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            assertThat(store.readEvents("d-1").asStream()).extracting(DomainEventMessage::getSequenceNumber)
                                                          .containsExactly(99L, 100L, 101L, 102L);
            assertThat(store.lastSequenceNumberFor("d-1")).contains(102L);
        } finally {
            store.shutDown();
        }
    }

    @Test
    void eventsOfNoAggregateAreStoredAndTracked() {
        EventMessage<?> notice = GenericEventMessage.asEventMessage(new SampleNotice("d-9", "merged"));
        engine.appendEvents(notice);
        engine.appendEvents(reports("d-1", 0, 1));

        List<TrackedEventMessage<?>> tracked = readAll(null);
        assertThat(tracked).hasSize(2);
        assertThat(tracked.get(0)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(tracked.get(0).getPayload()).isEqualTo(new SampleNotice("d-9", "merged"));
        assertThat(tracked.get(0).getIdentifier()).isEqualTo(notice.getIdentifier());
    }

    private DomainEventMessage<?> snapshot(String directiveId, long sequence, int percent) {
        return new GenericDomainEventMessage<>(StoreFixtures.AGGREGATE_TYPE, directiveId, sequence,
                new SampleReport(directiveId, "32008", percent, "snapshot"));
    }

    private void allocatePositionsOfADeadWriter(int count) {
        database.getCollection(MongoEventStorageEngine.POSITIONS)
                .updateOne(Filters.eq("_id", "events"), Updates.inc("allocated", (long) count));
    }

    private static String aggregateAndSequence(TrackedEventMessage<?> event) {
        DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
        return domainEvent.getAggregateIdentifier() + "#" + domainEvent.getSequenceNumber();
    }

    private String aggregateOf(TrackedEventMessage<?> event) {
        return ((DomainEventMessage<?>) event).getAggregateIdentifier();
    }

    private List<TrackedEventMessage<?>> readAll(TrackingToken from) {
        return readAll(engine, from);
    }

    private static List<TrackedEventMessage<?>> readAll(MongoEventStorageEngine reader, TrackingToken from) {
        try (Stream<? extends TrackedEventMessage<?>> stream = reader.readEvents(from, false)) {
            return stream.collect(Collectors.toList());
        }
    }

    private static GapAwareTrackingToken lastToken(List<TrackedEventMessage<?>> events) {
        assertThat(events).isNotEmpty();
        return (GapAwareTrackingToken) events.get(events.size() - 1).trackingToken();
    }

    static String uniqueDatabaseName() {
        return "store-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The reader's own clock, moved by the test. */
    private static final class ReaderClock extends Clock {
        private Instant now;

        ReaderClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
