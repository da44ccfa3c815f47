package org.directivetracker.eventstore.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.directivetracker.eventstore.chain.ActorKeys;
import org.directivetracker.eventstore.chain.EventHashChain;
import org.directivetracker.eventstore.chain.StoredEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

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
 * <p>Tracking. A batch is {@code _id $in [index+1 .. index+batch]}, plus the gaps of the token. A position that is
 * allocated but not yet visible while a later one is becomes a gap of the token; a commit that appears later fills it
 * and is delivered then, once. A gap that this engine has seen open for {@code gapTimeout} by its own clock is dropped
 * (a writer that died after allocating), which keeps tokens small. Gaps age by when they were first seen, never by
 * events' timestamps: those come from the writers' clocks, and a backdated or skewed event must not make a reader give
 * up a commit that is merely slow.
 * Every read here is an exact or {@code $in} lookup on a unique key; the engine issues no range query.
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

    /**
     * The widest {@code $in} a stream read asks at once: mongo-java-server matches each document found against every
     * key of an {@code $in}, so a window of thousands of keys costs more than several of a few hundred.
     */
    private static final int MAX_STREAM_WINDOW = 512;

    private static final String COUNTER_ID = "events";
    private static final String ALLOCATED = "allocated";
    private static final String LARGEST_COMMIT = "largestCommit";

    private static final String ID = "_id";
    private static final String STREAM = "stream";
    private static final String COUNT = "count";
    private static final String EVENTS_FIELD = "events";
    private static final String POSITION = "position";
    private static final String AGGREGATE_ID = "aggregateId";
    private static final String AGGREGATE_TYPE = "aggregateType";
    private static final String SEQUENCE = "sequence";
    private static final String EVENT_ID = "eventId";
    private static final String PAYLOAD_TYPE = "payloadType";
    private static final String REVISION = "revision";
    private static final String TIMESTAMP = "timestamp";
    private static final String PAYLOAD = "payload";
    private static final String METADATA = "metadata";
    private static final String HASH = "hash";

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> positions;
    private final MongoCollection<Document> snapshots;
    private final DurabilityBarrier durabilityBarrier;
    private final int batchSize;
    private final int streamWindow;
    private final int maxGapOffset;
    private final Duration gapTimeout;
    private final Clock clock;
    private final ActorKeys actorKeys;
    private final LastHashCache lastHashes;
    private final RecentSet commitEnds = new RecentSet(4096);
    private final Object allocationLock = new Object();
    /** When this engine first saw each open gap; a gap is given up once it has been open for the gap timeout. */
    private final Map<Long, Instant> gapsFirstSeen = new ConcurrentHashMap<>();
    private volatile long largestCommit = 1;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        WriteConcern writeConcern = builder.writeConcern;
        this.events = builder.database.getCollection(EVENTS).withWriteConcern(writeConcern);
        this.positions = builder.database.getCollection(POSITIONS).withWriteConcern(writeConcern);
        this.snapshots = builder.database.getCollection(SNAPSHOTS).withWriteConcern(writeConcern);
        this.durabilityBarrier = builder.durabilityBarrier;
        this.batchSize = builder.batchSize;
        this.streamWindow = builder.streamWindow;
        this.maxGapOffset = builder.maxGapOffset;
        this.gapTimeout = builder.gapTimeout;
        this.clock = builder.clock;
        this.actorKeys = builder.actorKeys;
        this.lastHashes = new LastHashCache(builder.hashCacheSize);
        ensureIndexes();
        refreshCounter();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The metadata keys whose values each event's hash covers, as the application handed them in. */
    public ActorKeys actorKeys() {
        return actorKeys;
    }

    /** Creates the unique stream key; {@code _id} is unique already. Idempotent. */
    private void ensureIndexes() {
        events.createIndex(Indexes.ascending(STREAM), new IndexOptions().unique(true).name("stream_unique"));
    }

    // ---------------------------------------------------------------- append

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<List<? extends EventMessage<?>>> parts = splitPerAggregate(messages);
        int largestPart = parts.stream().mapToInt(List::size).max().orElse(1);
        long firstPosition = allocate(messages.size(), largestPart) - messages.size() + 1;

        List<Document> commits = new ArrayList<>(parts.size());
        Map<String, StreamTail> newTails = new LinkedHashMap<>();
        try {
            long position = firstPosition;
            for (List<? extends EventMessage<?>> part : parts) {
                commits.add(commitDocument(position, part, serializer, newTails));
                position += part.size();
            }
        } catch (RuntimeException e) {
            voidUnwrittenCommits(List.of(new Document(ID, firstPosition).append(COUNT, messages.size())));
            throw e;
        }
        try {
            if (commits.size() == 1) {
                events.insertOne(commits.get(0));
            } else {
                events.insertMany(commits, new InsertManyOptions().ordered(true));
            }
        } catch (RuntimeException e) {
            voidUnwrittenCommits(commits);
            handlePersistenceException(e, firstEventOfFailedCommit(e, parts));
            return;
        }
        durabilityBarrier.afterAppend();
        for (Document commit : commits) {
            commitEnds.add(commit.getLong(ID) + commit.getInteger(COUNT) - 1);
        }
        newTails.forEach(lastHashes::put);
    }

    private static List<List<? extends EventMessage<?>>> splitPerAggregate(List<? extends EventMessage<?>> messages) {
        List<List<? extends EventMessage<?>>> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= messages.size(); i++) {
            if (i == messages.size() || !Objects.equals(aggregateIdOf(messages.get(i)), aggregateIdOf(messages.get(start)))) {
                parts.add(messages.subList(start, i));
                start = i;
            }
        }
        return parts;
    }

    private static String aggregateIdOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain && domain.getType() != null
                ? domain.getAggregateIdentifier() : null;
    }

    /** Reserves {@code count} contiguous positions for one append; returns the last of them. */
    private long allocate(int count, int largestPart) {
        // mongo-java-server does not isolate concurrent findAndModify calls on one document: two writers of this
        // process could be handed the same positions. A real MongoDB makes the increment atomic across nodes; the
        // lock makes it so within this process, which is all the embedded server ever serves.
        synchronized (allocationLock) {
            return allocateAtomically(count, largestPart);
        }
    }

    private long allocateAtomically(int count, int largestPart) {
        Document counter = positions.findOneAndUpdate(eq(ID, COUNTER_ID),
                Updates.combine(Updates.inc(ALLOCATED, (long) count), Updates.max(LARGEST_COMMIT, largestPart)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        largestCommit = Math.max(largestCommit, counter.get(LARGEST_COMMIT, Number.class).longValue());
        return counter.get(ALLOCATED, Number.class).longValue();
    }

    private Document commitDocument(long firstPosition, List<? extends EventMessage<?>> part, Serializer serializer,
                                    Map<String, StreamTail> newTails) {
        String aggregateId = aggregateIdOf(part.get(0));
        String streamKey;
        String previousHash = EventHashChain.GENESIS;
        if (aggregateId == null) {
            streamKey = "~event/" + part.get(0).getIdentifier();
        } else {
            long firstSequence = ((DomainEventMessage<?>) part.get(0)).getSequenceNumber();
            streamKey = streamKey(aggregateId, firstSequence);
            previousHash = firstSequence == 0 ? EventHashChain.GENESIS : previousHash(aggregateId, firstSequence - 1);
        }
        List<Document> eventDocuments = new ArrayList<>(part.size());
        long position = firstPosition;
        for (EventMessage<?> message : part) {
            SerializedObject<String> payload = message.serializePayload(serializer, String.class);
            SerializedObject<String> metadata = message.serializeMetaData(serializer, String.class);
            String timestamp = message.getTimestamp().toString();
            Document event = new Document(POSITION, position++);
            long sequence = 0;
            if (aggregateId != null) {
                DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
                sequence = domain.getSequenceNumber();
                event.append(AGGREGATE_ID, aggregateId).append(AGGREGATE_TYPE, domain.getType()).append(SEQUENCE, sequence);
            }
            String hash = EventHashChain.hash(aggregateId == null ? EventHashChain.GENESIS : previousHash, aggregateId,
                    sequence, payload.getType().getName(), timestamp,
                    metadataText(message, actorKeys.account()), metadataText(message, actorKeys.role()),
                    metadataText(message, actorKeys.commune()), payload.getData());
            event.append(EVENT_ID, message.getIdentifier())
                 .append(PAYLOAD_TYPE, payload.getType().getName())
                 .append(REVISION, payload.getType().getRevision())
                 .append(TIMESTAMP, timestamp)
                 .append(PAYLOAD, payload.getData())
                 .append(METADATA, metadata.getData())
                 .append(HASH, hash);
            eventDocuments.add(event);
            if (aggregateId != null) {
                previousHash = hash;
                newTails.put(aggregateId, new StreamTail(sequence, hash));
            }
        }
        return new Document(ID, firstPosition).append(STREAM, streamKey).append(COUNT, part.size())
                                             .append(EVENTS_FIELD, eventDocuments);
    }

    private static String metadataText(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? "" : value.toString();
    }

    private static String streamKey(String aggregateId, long firstSequence) {
        return aggregateId + "/" + firstSequence;
    }

    /** The hash of event {@code sequence} of the aggregate: from the cache, else from the stored tail of the stream. */
    private String previousHash(String aggregateId, long sequence) {
        String cached = lastHashes.get(aggregateId, sequence);
        if (cached != null) {
            return cached;
        }
        for (Document commit : commitsCovering(aggregateId, sequence)) {
            if (firstSequence(commit) + commit.getInteger(COUNT) - 1 > sequence) {
                // a commit already holds the sequence being appended: the writer's view of the stream is stale
                throw new ConcurrencyException("aggregate " + aggregateId + " already has an event at sequence "
                                               + (sequence + 1) + "; reload it and try again");
            }
            for (Document event : commit.getList(EVENTS_FIELD, Document.class)) {
                if (event.getLong(SEQUENCE) == sequence) {
                    return event.getString(HASH);
                }
            }
        }
        // The stream does not reach that sequence: the insert will fail or create a stream with a hole; either way the
        // chain cannot link, and a verifier will report it.
        return EventHashChain.GENESIS;
    }

    /** Commits of the aggregate that may contain {@code sequence}, found by {@code $in} over possible first sequences. */
    private List<Document> commitsCovering(String aggregateId, long sequence) {
        List<String> keys = new ArrayList<>();
        for (long s = Math.max(0, sequence - largestCommit + 1); s <= sequence; s++) {
            keys.add(streamKey(aggregateId, s));
        }
        List<Document> found = events.find(in(STREAM, keys)).into(new ArrayList<>());
        found.removeIf(commit -> firstSequence(commit) + commit.getInteger(COUNT) - 1 < sequence);
        return found;
    }

    /** Positions of commits that were not written (lost a race) get an empty commit so readers skip them at once. */
    private void voidUnwrittenCommits(List<Document> commits) {
        for (Document commit : commits) {
            long id = commit.getLong(ID);
            if (events.find(eq(ID, id)).first() == null) {
                try {
                    events.insertOne(new Document(ID, id).append(STREAM, "~void/" + id)
                                                         .append(COUNT, commit.getInteger(COUNT))
                                                         .append(EVENTS_FIELD, List.of()));
                } catch (RuntimeException ignored) {
                    // best effort: readers drop the gap after the gap timeout anyway
                }
            }
        }
    }

    private static EventMessage<?> firstEventOfFailedCommit(RuntimeException e, List<List<? extends EventMessage<?>>> parts) {
        if (e instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
            int index = bulk.getWriteErrors().get(0).getIndex();
            if (index < parts.size()) {
                return parts.get(index).get(0);
            }
        }
        return parts.get(0).get(0);
    }

    static boolean isDuplicateKey(Exception e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (e instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                       .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return false;
    }

    // ---------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        String aggregateId = snapshot.getAggregateIdentifier();
        Document current = snapshots.find(eq(ID, aggregateId)).first();
        if (current != null && current.get(SEQUENCE, Number.class).longValue() >= snapshot.getSequenceNumber()) {
            return;
        }
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = snapshot.serializeMetaData(serializer, String.class);
        Document document = new Document(ID, aggregateId)
                .append(AGGREGATE_TYPE, snapshot.getType())
                .append(SEQUENCE, snapshot.getSequenceNumber())
                .append(EVENT_ID, snapshot.getIdentifier())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(REVISION, payload.getType().getRevision())
                .append(TIMESTAMP, snapshot.getTimestamp().toString())
                .append(PAYLOAD, payload.getData())
                .append(METADATA, metadata.getData());
        snapshots.replaceOne(eq(ID, aggregateId), document, new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(eq(ID, aggregateIdentifier)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        return Stream.of(domainEntry(snapshot, aggregateIdentifier));
    }

    /** A stored event or snapshot of an aggregate as Axon reads it. */
    private static GenericDomainEventEntry<String> domainEntry(Document event, String aggregateId) {
        return new GenericDomainEventEntry<>(event.getString(AGGREGATE_TYPE), aggregateId,
                event.get(SEQUENCE, Number.class).longValue(), event.getString(EVENT_ID), event.getString(TIMESTAMP),
                event.getString(PAYLOAD_TYPE), event.getString(REVISION), event.getString(PAYLOAD),
                event.getString(METADATA));
    }

    // ---------------------------------------------------------------- aggregate streams

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        List<Document> stored = readStream(aggregateIdentifier, firstSequenceNumber, Integer.MAX_VALUE);
        if (!stored.isEmpty()) {
            Document last = stored.get(stored.size() - 1);
            lastHashes.put(aggregateIdentifier, new StreamTail(last.getLong(SEQUENCE), last.getString(HASH)));
        }
        return stored.stream().map(event -> domainEntry(event, aggregateIdentifier));
    }

    /**
     * Events of the aggregate from {@code firstSequence} in order, at most {@code limit}: {@code $in} over the stream
     * keys of a window of candidate first sequences, the window growing while the stream goes on.
     */
    private List<Document> readStream(String aggregateId, long firstSequence, int limit) {
        List<Document> result = new ArrayList<>();
        long expected = firstSequence;
        long windowStart = Math.max(0, firstSequence - largestCommit + 1);
        long window = streamWindow;
        boolean refreshedLargestCommit = false;
        while (result.size() < limit) {
            long windowEnd = expected + window - 1;
            List<String> keys = new ArrayList<>();
            for (long s = windowStart; s <= windowEnd; s++) {
                keys.add(streamKey(aggregateId, s));
            }
            List<Document> commits = events.find(in(STREAM, keys)).into(new ArrayList<>());
            commits.sort(Comparator.comparingLong(MongoEventStorageEngine::firstSequence));
            boolean startConfirmed = expected == 0;
            for (Document commit : commits) {
                long first = firstSequence(commit);
                long last = first + commit.getInteger(COUNT) - 1;
                if (last == expected - 1) {
                    startConfirmed = true; // the stream reaches exactly up to where we start
                }
                if (last < expected) {
                    continue;
                }
                if (first > expected) {
                    break;
                }
                startConfirmed = true;
                for (Document event : commit.getList(EVENTS_FIELD, Document.class)) {
                    if (event.getLong(SEQUENCE) >= expected && result.size() < limit) {
                        result.add(event);
                    }
                }
                expected = last + 1;
            }
            if (!startConfirmed && !refreshedLargestCommit && expected == firstSequence && firstSequence > 0) {
                // Nothing explains the start: a commit larger than this process has seen may cover it.
                refreshedLargestCommit = true;
                long known = largestCommit;
                refreshCounter();
                if (largestCommit > known) {
                    windowStart = Math.max(0, firstSequence - largestCommit + 1);
                    continue;
                }
            }
            if (expected <= windowEnd) {
                break; // the key of the next expected commit was asked for and is not there: end of stream
            }
            windowStart = expected;
            window = Math.min(window * 4, MAX_STREAM_WINDOW);
        }
        return result;
    }

    private static long firstSequence(Document commit) {
        String key = commit.getString(STREAM);
        return Long.parseLong(key.substring(key.lastIndexOf('/') + 1));
    }

    /**
     * The highest sequence of the aggregate stored anywhere above {@code sequence}, or -1 when there is none. An
     * auditor's question, for events beyond a hole in the stream (which stream reads stop at): it scans the commits,
     * so it stays off every hot path.
     */
    public long highestSequenceStoredAbove(String aggregateId, long sequence) {
        long highest = -1;
        for (Document commit : events.find(Filters.elemMatch(EVENTS_FIELD,
                Filters.and(eq(AGGREGATE_ID, aggregateId), Filters.gt(SEQUENCE, sequence))))) {
            for (Document event : commit.getList(EVENTS_FIELD, Document.class)) {
                if (aggregateId.equals(event.getString(AGGREGATE_ID))) {
                    highest = Math.max(highest, event.getLong(SEQUENCE));
                }
            }
        }
        return highest;
    }

    /** Every aggregate with stored events, in id order, with its highest stored sequence; scans the commits. */
    public SortedMap<String, Long> highestSequencePerAggregate() {
        SortedMap<String, Long> highest = new TreeMap<>();
        for (Document commit : events.find().projection(Projections.include(
                EVENTS_FIELD + "." + AGGREGATE_ID, EVENTS_FIELD + "." + SEQUENCE))) {
            for (Document event : commit.getList(EVENTS_FIELD, Document.class, List.of())) {
                String aggregateId = event.getString(AGGREGATE_ID);
                if (aggregateId != null) { // events of no aggregate belong to no stream
                    highest.merge(aggregateId, event.getLong(SEQUENCE), Math::max);
                }
            }
        }
        return highest;
    }

    /**
     * The stored events of an aggregate from {@code fromSequence}, at most {@code limit}, exactly as stored, for
     * auditors (history, verification, export).
     */
    public List<StoredEvent> readStoredEvents(String aggregateId, long fromSequence, int limit) {
        return readStream(aggregateId, fromSequence, limit).stream().map(MongoEventStorageEngine::storedEvent).toList();
    }

    private static StoredEvent storedEvent(Document event) {
        return new StoredEvent(event.getLong(POSITION), event.getString(AGGREGATE_ID), event.getString(AGGREGATE_TYPE),
                event.getLong(SEQUENCE), event.getString(EVENT_ID), event.getString(PAYLOAD_TYPE),
                event.getString(REVISION), Instant.parse(event.getString(TIMESTAMP)), event.getString(PAYLOAD),
                event.getString(METADATA), event.getString(HASH));
    }

    /** The highest global position allocated so far (a commit holding it may still be in flight); 0 when empty. */
    public long lastGlobalPosition() {
        return refreshCounter();
    }

    private long refreshCounter() {
        Document counter = positions.find(eq(ID, COUNTER_ID)).first();
        if (counter == null) {
            return 0;
        }
        Number largest = counter.get(LARGEST_COMMIT, Number.class);
        if (largest != null) {
            largestCommit = Math.max(largestCommit, largest.longValue());
        }
        return counter.get(ALLOCATED, Number.class).longValue();
    }

    // ---------------------------------------------------------------- tracking

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(lastGlobalPosition(), Collections.emptySet());
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        if (trackingToken != null && !(trackingToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("this store tracks with a GapAwareTrackingToken, not " + trackingToken);
        }
        TrackingRead read = new TrackingRead(trackingToken == null
                ? GapAwareTrackingToken.newInstance(0, Collections.emptySet()) : (GapAwareTrackingToken) trackingToken);
        return StreamSupport.stream(read, false);
    }

    /** Reads the commits after a token batch by batch, lazily, as Axon pulls events. */
    private final class TrackingRead extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private GapAwareTrackingToken token;
        private long scanFrom;
        private long head;
        private boolean first = true;
        private final List<TrackedEventData<?>> pending = new ArrayList<>();
        private int next;

        TrackingRead(GapAwareTrackingToken token) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.token = token;
            this.scanFrom = token.getIndex() + 1;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            while (next >= pending.size()) {
                pending.clear();
                next = 0;
                if (!fetchBatch()) {
                    return false;
                }
            }
            action.accept(pending.get(next++));
            return true;
        }

        /** Fills {@code pending} with the next batch; false when nothing more is stored. */
        private boolean fetchBatch() {
            List<Long> keys = new ArrayList<>();
            if (first) {
                first = false;
                head = refreshCounter();
                token = dropStaleGaps(token);
                long index = token.getIndex();
                if (index > 0 && !commitEnds.contains(index)) {
                    // the token may stop inside a commit: look back for the commit that holds index + 1
                    for (long p = Math.max(1, index - largestCommit + 2); p <= index; p++) {
                        keys.add(p);
                    }
                }
            }
            // every batch looks at the token's gaps again: a commit that fills one is delivered before anything
            // later of its aggregate, whose commits can only have been written after it
            keys.addAll(token.getGaps());
            if (scanFrom > head) {
                head = refreshCounter();
            }
            long scanTo = Math.min(scanFrom + batchSize - 1, head);
            for (long p = scanFrom; p <= scanTo; p++) {
                keys.add(p);
            }
            if (keys.isEmpty()) {
                return false;
            }
            List<Document> commits = events.find(in(ID, keys)).into(new ArrayList<>());
            commits.addAll(commitsMissedBy(keys, commits));
            commits.sort(Comparator.comparingLong(commit -> commit.getLong(ID)));
            for (Document commit : commits) {
                deliver(commit);
            }
            // positions still missing after the last commit found are looked at again by the next batch: passing over
            // them would let an aggregate's later commit, found next time, overtake its earlier one
            scanFrom = token.getIndex() + 1;
            if (token.hasGaps()) {
                Instant now = clock.instant();
                token.getGaps().forEach(gap -> gapsFirstSeen.putIfAbsent(gap, now));
            }
            // nothing new found: the stream ends here, and whoever reads it opens another later
            return !pending.isEmpty() || (!commits.isEmpty() && scanFrom <= head);
        }

        /**
         * A query is no snapshot: while it runs, a commit can be inserted before the point it has passed and another,
         * written after it, found further on (on mongo-java-server and on a real MongoDB alike). A second look at the
         * positions it missed below the highest one it found catches every commit that was written before one it
         * found, so an aggregate's events are never delivered out of their order.
         */
        private List<Document> commitsMissedBy(List<Long> asked, List<Document> found) {
            if (found.isEmpty()) {
                return List.of();
            }
            long highest = 0;
            Set<Long> covered = new HashSet<>();
            for (Document commit : found) {
                long first = commit.getLong(ID);
                int count = commit.getInteger(COUNT);
                highest = Math.max(highest, first);
                for (long p = first; p < first + count; p++) {
                    covered.add(p);
                }
            }
            long index = token.getIndex();
            List<Long> missed = new ArrayList<>();
            for (long position : asked) {
                boolean undelivered = position > index || token.getGaps().contains(position);
                if (position < highest && undelivered && !covered.contains(position)) {
                    missed.add(position);
                }
            }
            return missed.isEmpty() ? List.of() : events.find(in(ID, missed)).into(new ArrayList<>());
        }

        private void deliver(Document commit) {
            long firstPosition = commit.getLong(ID);
            int count = commit.getInteger(COUNT);
            commitEnds.add(firstPosition + count - 1);
            List<Document> stored = commit.getList(EVENTS_FIELD, Document.class);
            for (int i = 0; i < count; i++) {
                long position = firstPosition + i;
                if (position <= token.getIndex() && !token.getGaps().contains(position)) {
                    continue; // seen already (a look-back or a commit delivered earlier)
                }
                token = token.advanceTo(position, maxGapOffset);
                if (i < stored.size()) { // a void commit has no events: its positions are only passed over
                    pending.add(trackedEntry(token, stored.get(i)));
                }
            }
        }

        /**
         * Drops each gap that has been open for the gap timeout since this engine first saw it: whatever held that
         * position was never written (its writer died after allocating it).
         */
        private GapAwareTrackingToken dropStaleGaps(GapAwareTrackingToken current) {
            Instant now = clock.instant();
            Instant limit = now.minus(gapTimeout);
            // observations of gaps long filled or dropped by every reader are forgotten, so the map stays small
            gapsFirstSeen.values().removeIf(firstSeen -> firstSeen.isBefore(limit.minus(gapTimeout.multipliedBy(10))));
            if (!current.hasGaps()) {
                return current;
            }
            SortedSet<Long> kept = new TreeSet<>(current.getGaps());
            for (long gap : current.getGaps()) {
                if (gapsFirstSeen.computeIfAbsent(gap, position -> now).isBefore(limit)) {
                    kept.remove(gap);
                }
            }
            return kept.size() == current.getGaps().size() ? current
                    : GapAwareTrackingToken.newInstance(current.getIndex(), kept);
        }
    }

    private static TrackedEventData<?> trackedEntry(TrackingToken token, Document event) {
        if (event.getString(AGGREGATE_TYPE) != null) {
            return new TrackedDomainEventData<>(token, domainEntry(event, event.getString(AGGREGATE_ID)));
        }
        return new TrackedNonDomainEvent(token, event.getString(EVENT_ID), Instant.parse(event.getString(TIMESTAMP)),
                serialized(event.getString(PAYLOAD), event.getString(PAYLOAD_TYPE), event.getString(REVISION)),
                serialized(event.getString(METADATA), MetaData.class.getName(), null));
    }

    private static SerializedObject<String> serialized(String data, String type, String revision) {
        SerializedType serializedType = new SimpleSerializedType(type, revision);
        return new SimpleSerializedObject<>(data, String.class, serializedType);
    }

    private record TrackedNonDomainEvent(TrackingToken trackingToken, String getEventIdentifier, Instant getTimestamp,
                                         SerializedObject<String> getPayload, SerializedObject<String> getMetaData)
            implements TrackedEventData<String> {
    }

    // ---------------------------------------------------------------- small caches

    /** The last event of an aggregate's stream that this engine knows: its sequence and hash. */
    private record StreamTail(long sequence, String hash) {
    }

    /** The last known hash per aggregate, bounded, so appending to a hot stream needs no read. */
    private static final class LastHashCache {
        private final Map<String, StreamTail> entries;

        LastHashCache(int capacity) {
            this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, StreamTail> eldest) {
                    return size() > capacity;
                }
            });
        }

        String get(String aggregateId, long sequence) {
            StreamTail tail = entries.get(aggregateId);
            return tail != null && tail.sequence() == sequence ? tail.hash() : null;
        }

        /** Keeps the later of the known tail and this one. */
        void put(String aggregateId, StreamTail tail) {
            entries.merge(aggregateId, tail, (old, fresh) -> old.sequence() > fresh.sequence() ? old : fresh);
        }
    }

    /** Recently seen commit ends, bounded: a token at one of them needs no look-back for a partly read commit. */
    private static final class RecentSet {
        private final Map<Long, Boolean> entries;

        RecentSet(int capacity) {
            this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > capacity;
                }
            });
        }

        void add(long value) {
            entries.put(value, Boolean.TRUE);
        }

        boolean contains(long value) {
            return entries.containsKey(value);
        }
    }

    // ---------------------------------------------------------------- builder

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
            persistenceExceptionResolver(MongoEventStorageEngine::isDuplicateKey);
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
