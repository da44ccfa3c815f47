package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.mongo.StreamTails.StreamTail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.in;
import static org.directivetracker.eventstore.mongo.CommitLayout.COUNT;
import static org.directivetracker.eventstore.mongo.CommitLayout.EVENTS_FIELD;
import static org.directivetracker.eventstore.mongo.CommitLayout.HASH;
import static org.directivetracker.eventstore.mongo.CommitLayout.SEQUENCE;
import static org.directivetracker.eventstore.mongo.CommitLayout.STREAM;
import static org.directivetracker.eventstore.mongo.CommitLayout.domainEntry;
import static org.directivetracker.eventstore.mongo.CommitLayout.firstSequence;
import static org.directivetracker.eventstore.mongo.CommitLayout.streamKey;

/**
 * Reads one aggregate's stream: {@code $in} over the stream keys of a window of candidate first sequences, the window
 * growing while the stream goes on. The same read serves Axon (loading an aggregate) and auditors (events as stored).
 */
final class StreamReader {

    /**
     * The widest {@code $in} a stream read asks at once: mongo-java-server matches each document found against every
     * key of an {@code $in}, so a window of thousands of keys costs more than several of a few hundred.
     */
    private static final int MAX_STREAM_WINDOW = 512;

    private final MongoCollection<Document> events;
    private final PositionCounter counter;
    private final StreamTails tails;
    private final int streamWindow;

    StreamReader(MongoCollection<Document> events, PositionCounter counter, StreamTails tails, int streamWindow) {
        this.events = events;
        this.counter = counter;
        this.tails = tails;
        this.streamWindow = streamWindow;
    }

    /** The aggregate's events from {@code firstSequence} as Axon loads them; remembers the stream's tail for appends. */
    Stream<? extends DomainEventData<?>> domainEvents(String aggregateId, long firstSequence) {
        List<Document> stored = read(aggregateId, firstSequence, Integer.MAX_VALUE);
        if (!stored.isEmpty()) {
            Document last = stored.get(stored.size() - 1);
            tails.put(aggregateId, new StreamTail(last.getLong(SEQUENCE), last.getString(HASH)));
        }
        return stored.stream().map(event -> domainEntry(event, aggregateId));
    }

    /** At most {@code limit} events of the aggregate from {@code fromSequence}, exactly as stored. */
    List<StoredEvent> storedEvents(String aggregateId, long fromSequence, int limit) {
        return read(aggregateId, fromSequence, limit).stream().map(CommitLayout::storedEvent).toList();
    }

    /** Events of the aggregate from {@code firstSequence} in order, at most {@code limit}. */
    private List<Document> read(String aggregateId, long firstSequence, int limit) {
        if (firstSequence < 0) {
            throw new IllegalArgumentException("a stream starts at sequence 0, not " + firstSequence);
        }
        List<Document> result = new ArrayList<>();
        long expected = firstSequence;
        long windowStart = Math.max(0, firstSequence - counter.largestCommit() + 1);
        long window = streamWindow;
        boolean refreshedLargestCommit = false;
        while (result.size() < limit) {
            if (expected > Long.MAX_VALUE - window) {
                break; // no stream reaches that far, and the window's end would overflow (an endless loop)
            }
            long windowEnd = expected + window - 1;
            List<String> keys = new ArrayList<>();
            for (long s = windowStart; s <= windowEnd; s++) {
                keys.add(streamKey(aggregateId, s));
            }
            List<Document> commits = events.find(in(STREAM, keys)).into(new ArrayList<>());
            commits.sort(Comparator.comparingLong(CommitLayout::firstSequence));
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
                long known = counter.largestCommit();
                counter.refresh();
                if (counter.largestCommit() > known) {
                    windowStart = Math.max(0, firstSequence - counter.largestCommit() + 1);
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
}
