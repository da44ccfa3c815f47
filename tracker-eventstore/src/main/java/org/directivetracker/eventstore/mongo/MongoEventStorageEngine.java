package org.directivetracker.eventstore.mongo;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.directivetracker.eventstore.chain.ActorKeys;
import org.directivetracker.eventstore.chain.StoredEvent;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Axon's event storage on the MongoDB sync driver, designed like Axon's JDBC engine and shaped for mongo-java-server,
 * which serves a query from an index only for equality on a unique key or {@code $in} on a single-field unique key.
 *
 * <p>Layout. All events of one {@code appendEvents} call for one aggregate form one commit document in
 * {@value #EVENTS}: atomic because it is one document. Its {@code _id} is the global position of its first event; the
 * positions of a commit are contiguous and allocated at once from a counter in {@value #POSITIONS}. Its unique key
 * {@code stream} = aggregate id + "/" + first sequence is both the way to load a stream ({@code $in} over candidate
 * keys) and the optimistic-concurrency check: two writers that loaded the same state collide on it, and the loser gets
 * Axon's {@code ConcurrencyException}. Positions of a commit that lost are covered by an empty "void" commit so that
 * readers need not wait for them.
 *
 * <p>The work is shared out by job, this class only wiring Axon to them: {@link CommitAppender} (appending, the
 * hash chain's links), {@link PositionCounter} (global positions), {@link TrackingReader} (tracking reads and their
 * gaps), {@link StreamReader} (an aggregate's stream), {@link SnapshotStore}, and {@link AuditScans} (whole-store
 * scans for auditors). Every read but the audit scans is an exact or {@code $in} lookup on a unique key; the engine
 * issues no range query.
 *
 * <p>A commit holding events of several aggregates (not produced by this application) is stored as one document per
 * aggregate: atomic per aggregate, not across them.
 */
public class MongoEventStorageEngine extends AbstractEventStorageEngine {

    public static final String EVENTS = "events";
    public static final String POSITIONS = "positions";
    public static final String SNAPSHOTS = "snapshots";

    /**
     * Positions asked for per tracking query. mongo-java-server finds the commits of an {@code $in} through the index
     * but then matches each of them against the whole list again, so a query costs (commits found x positions asked):
     * on a store of mostly one-event commits, a rebuild read with 2,000 positions per query reached 9-29% of a raw
     * cursor's speed, with 250 31-52% (StoreBenchmark). A real MongoDB answers 250 point lookups per round trip easily.
     */
    public static final int DEFAULT_BATCH_SIZE = 250;

    private final ActorKeys actorKeys;
    private final PositionCounter counter;
    private final CommitAppender appender;
    private final StreamReader streams;
    private final TrackingReader tracking;
    private final SnapshotStore snapshots;
    private final AuditScans scans;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        WriteConcern writeConcern = builder.writeConcern;
        MongoCollection<Document> events = builder.database.getCollection(EVENTS).withWriteConcern(writeConcern);
        this.actorKeys = builder.actorKeys;
        this.counter = new PositionCounter(builder.database.getCollection(POSITIONS).withWriteConcern(writeConcern));
        StreamTails tails = new StreamTails(builder.hashCacheSize);
        RecentCommitEnds commitEnds = new RecentCommitEnds(4096);
        this.appender = new CommitAppender(events, counter, tails, commitEnds, builder.durabilityBarrier, actorKeys);
        this.streams = new StreamReader(events, counter, tails, builder.streamWindow);
        this.tracking = new TrackingReader(events, counter, commitEnds, builder.batchSize, builder.maxGapOffset,
                builder.gapTimeout, builder.clock);
        this.snapshots = new SnapshotStore(builder.database.getCollection(SNAPSHOTS).withWriteConcern(writeConcern));
        this.scans = new AuditScans(events);
        // the unique stream key; _id is unique already. Idempotent.
        events.createIndex(Indexes.ascending(CommitLayout.STREAM), new IndexOptions().unique(true).name("stream_unique"));
        counter.refresh();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The metadata keys whose values each event's hash covers, as the application handed them in. */
    public ActorKeys actorKeys() {
        return actorKeys;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        long last = appender.append(messages, serializer, this::handlePersistenceException);
        if (last >= 0) {
            AppendedPositions.record(last);
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        return streams.domainEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return tracking.readAfter(trackingToken);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(lastGlobalPosition(), Collections.emptySet());
    }

    /** The highest global position allocated so far (a commit holding it may still be in flight); 0 when empty. */
    public long lastGlobalPosition() {
        return counter.refresh();
    }

    /**
     * The stored events of an aggregate from {@code fromSequence}, at most {@code limit}, exactly as stored, for
     * auditors (history, verification, export).
     */
    public List<StoredEvent> readStoredEvents(String aggregateId, long fromSequence, int limit) {
        return streams.storedEvents(aggregateId, fromSequence, limit);
    }

    /** Every aggregate with stored events, in id order, with its highest stored sequence; scans the commits. */
    public SortedMap<String, Long> highestSequencePerAggregate() {
        return scans.highestSequencePerAggregate();
    }

    /** Every aggregate with stored events, in id order, with its highest sequence and its number of events; scans the commits. */
    public SortedMap<String, StoredExtent> extentPerAggregate() {
        return scans.extentPerAggregate();
    }

    /** The aggregate's highest stored sequence and number of stored events, null when it has none; scans the commits. */
    public StoredExtent extentOf(String aggregateId) {
        return scans.extentOf(aggregateId);
    }

    /** The lowest sequence of the aggregate that two stored events carry, or -1; scans the aggregate's commits. */
    public long firstSequenceStoredTwice(String aggregateId) {
        return scans.firstSequenceStoredTwice(aggregateId);
    }

    public static class Builder extends AbstractEventStorageEngine.Builder {
        private MongoDatabase database;
        private WriteConcern writeConcern = WriteConcern.ACKNOWLEDGED;
        private DurabilityBarrier durabilityBarrier = DurabilityBarrier.NONE;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int streamWindow = 128;
        private int maxGapOffset = 10_000;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private int hashCacheSize = 10_000;
        private ActorKeys actorKeys;

        Builder() {
            persistenceExceptionResolver(CommitAppender::isDuplicateKey);
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** {@code WriteConcern.MAJORITY.withJournal(true)} on a real replica set; acknowledged on the embedded one. */
        public Builder writeConcern(WriteConcern writeConcern) {
            this.writeConcern = Objects.requireNonNull(writeConcern);
            return this;
        }

        public Builder durabilityBarrier(DurabilityBarrier durabilityBarrier) {
            this.durabilityBarrier = Objects.requireNonNull(durabilityBarrier);
            return this;
        }

        /** Positions asked for per tracking query; {@value MongoEventStorageEngine#DEFAULT_BATCH_SIZE} by default. */
        public Builder batchSize(int batchSize) {
            this.batchSize = requirePositive(batchSize, "batchSize");
            return this;
        }

        /** Candidate stream keys asked for in the first query of an aggregate load. */
        public Builder streamWindow(int streamWindow) {
            this.streamWindow = requirePositive(streamWindow, "streamWindow");
            return this;
        }

        /** Gaps further than this below a token's index are dropped from it. */
        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = requirePositive(maxGapOffset, "maxGapOffset");
            return this;
        }

        /** A gap is given up when this engine has seen it open for this long. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = Objects.requireNonNull(gapTimeout);
            return this;
        }

        /** The clock by which gaps age (this node's own; events' timestamps play no part). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Which metadata entries name the actor: their values are hashed with each event. Required. */
        public Builder actorKeys(ActorKeys actorKeys) {
            this.actorKeys = Objects.requireNonNull(actorKeys);
            return this;
        }

        public Builder hashCacheSize(int hashCacheSize) {
            this.hashCacheSize = requirePositive(hashCacheSize, "hashCacheSize");
            return this;
        }

        private static int requirePositive(int value, String name) {
            if (value <= 0) {
                throw new AxonConfigurationException(name + " must be positive, was " + value);
            }
            return value;
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("the MongoDatabase of the event store is required");
            }
            if (actorKeys == null) {
                throw new AxonConfigurationException("the actor's metadata keys, which each event's hash covers, are"
                                                     + " required");
            }
        }

        public MongoEventStorageEngine build() {
            validate();
            return new MongoEventStorageEngine(this);
        }
    }
}
