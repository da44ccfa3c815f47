package org.directivetracker.eventstore.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.directivetracker.eventstore.chain.ActorKeys;
import org.directivetracker.eventstore.chain.EventHashChain;
import org.directivetracker.eventstore.chain.StorableText;
import org.directivetracker.eventstore.mongo.StreamTails.StreamTail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.directivetracker.eventstore.mongo.CommitLayout.AGGREGATE_ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.AGGREGATE_TYPE;
import static org.directivetracker.eventstore.mongo.CommitLayout.COUNT;
import static org.directivetracker.eventstore.mongo.CommitLayout.EVENTS_FIELD;
import static org.directivetracker.eventstore.mongo.CommitLayout.EVENT_ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.HASH;
import static org.directivetracker.eventstore.mongo.CommitLayout.ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.METADATA;
import static org.directivetracker.eventstore.mongo.CommitLayout.PAYLOAD;
import static org.directivetracker.eventstore.mongo.CommitLayout.PAYLOAD_TYPE;
import static org.directivetracker.eventstore.mongo.CommitLayout.POSITION;
import static org.directivetracker.eventstore.mongo.CommitLayout.REVISION;
import static org.directivetracker.eventstore.mongo.CommitLayout.SEQUENCE;
import static org.directivetracker.eventstore.mongo.CommitLayout.STREAM;
import static org.directivetracker.eventstore.mongo.CommitLayout.TIMESTAMP;
import static org.directivetracker.eventstore.mongo.CommitLayout.firstSequence;
import static org.directivetracker.eventstore.mongo.CommitLayout.lastPosition;
import static org.directivetracker.eventstore.mongo.CommitLayout.streamKey;

/**
 * Appending: one commit document per aggregate of an append, its positions allocated at once, each event hashed onto
 * the previous one of its stream. A commit that loses the race on its stream key leaves an empty "void" commit on its
 * positions, so that readers need not wait for them.
 */
final class CommitAppender {

    private final MongoCollection<Document> events;
    private final PositionCounter counter;
    private final StreamTails tails;
    private final RecentCommitEnds commitEnds;
    private final DurabilityBarrier durabilityBarrier;
    private final ActorKeys actorKeys;

    CommitAppender(MongoCollection<Document> events, PositionCounter counter, StreamTails tails,
                   RecentCommitEnds commitEnds, DurabilityBarrier durabilityBarrier, ActorKeys actorKeys) {
        this.events = events;
        this.counter = counter;
        this.tails = tails;
        this.commitEnds = commitEnds;
        this.durabilityBarrier = durabilityBarrier;
        this.actorKeys = actorKeys;
    }

    /**
     * Stores the messages; a write the database refused goes to {@code onRefused} with the first event of the commit
     * that failed (Axon's engine turns a duplicate stream key into its concurrency exception there).
     *
     * @return the global position of the last event stored; -1 when nothing was stored
     */
    long append(List<? extends EventMessage<?>> messages, Serializer serializer,
                BiConsumer<Exception, EventMessage<?>> onRefused) {
        if (messages.isEmpty()) {
            return -1;
        }
        List<List<? extends EventMessage<?>>> parts = splitPerAggregate(messages);
        int largestPart = parts.stream().mapToInt(List::size).max().orElse(1);
        long firstPosition = counter.allocate(messages.size(), largestPart) - messages.size() + 1;

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
            onRefused.accept(e, firstEventOfFailedCommit(e, parts));
            return -1;
        }
        durabilityBarrier.afterAppend();
        for (Document commit : commits) {
            commitEnds.add(lastPosition(commit));
        }
        newTails.forEach(tails::put);
        return firstPosition + messages.size() - 1;
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
            StorableText.requireWellFormed("the payload of " + message.getIdentifier(), payload.getData());
            StorableText.requireWellFormed("the metadata of " + message.getIdentifier(), metadata.getData());
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

    /** The hash of event {@code sequence} of the aggregate: from the cache, else from the stored tail of the stream. */
    private String previousHash(String aggregateId, long sequence) {
        String cached = tails.hashAt(aggregateId, sequence);
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
        for (long s = Math.max(0, sequence - counter.largestCommit() + 1); s <= sequence; s++) {
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

    /** Whether the database refused a write for a duplicate key: the stream key, when two writers raced. */
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
}
