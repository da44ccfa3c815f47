package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.eventstore.mongo.CommitLayout.AGGREGATE_ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.EVENTS_FIELD;
import static org.directivetracker.eventstore.mongo.CommitLayout.SEQUENCE;

/**
 * The auditor's questions that a stream read cannot answer: whether events lie beyond the point where a stream stops
 * (a deleted event makes the read stop at the hole) or beside it (a commit its stream does not reach), and which
 * aggregates exist at all. Both scan the commits, so
 * they stay off every hot path.
 */
final class AuditScans {

    /** The two fields of each event the scans read. */
    private static final Bson AGGREGATE_AND_SEQUENCE = Projections.include(EVENTS_FIELD + "." + AGGREGATE_ID,
            EVENTS_FIELD + "." + SEQUENCE);

    private final MongoCollection<Document> events;

    AuditScans(MongoCollection<Document> events) {
        this.events = events;
    }

    /** Every aggregate with stored events, in id order, with its highest stored sequence. */
    SortedMap<String, Long> highestSequencePerAggregate() {
        SortedMap<String, Long> highest = new TreeMap<>();
        extentPerAggregate().forEach((aggregateId, extent) -> highest.put(aggregateId, extent.highestSequence()));
        return highest;
    }

    /** Every aggregate with stored events, in id order, with its highest stored sequence and how many events it has. */
    SortedMap<String, StoredExtent> extentPerAggregate() {
        SortedMap<String, StoredExtent> extents = new TreeMap<>();
        // in batches: the embedded server would answer the whole scan in one message, too large past a few 100,000 events
        for (Document commit : events.find().batchSize(1_000).projection(AGGREGATE_AND_SEQUENCE)) {
            for (Document event : commit.getList(EVENTS_FIELD, Document.class, List.of())) {
                String aggregateId = event.getString(AGGREGATE_ID);
                if (aggregateId != null) { // events of no aggregate belong to no stream
                    long sequence = event.getLong(SEQUENCE);
                    extents.merge(aggregateId, StoredExtent.of(sequence), (known, one) -> known.with(sequence));
                }
            }
        }
        return extents;
    }

    /** The aggregate's highest stored sequence and its number of stored events; null when it has none. */
    StoredExtent extentOf(String aggregateId) {
        StoredExtent extent = null;
        for (long sequence : sequencesOf(aggregateId)) {
            extent = extent == null ? StoredExtent.of(sequence) : extent.with(sequence);
        }
        return extent;
    }

    /** The lowest sequence that two stored events of the aggregate carry, or -1 when every sequence is stored once. */
    long firstSequenceStoredTwice(String aggregateId) {
        Set<Long> seen = new HashSet<>();
        long first = -1;
        for (long sequence : sequencesOf(aggregateId)) {
            if (!seen.add(sequence)) {
                first = first < 0 ? sequence : Math.min(first, sequence);
            }
        }
        return first;
    }

    /** The sequence of every stored event of the aggregate, in whatever commit it lies, in no particular order. */
    private List<Long> sequencesOf(String aggregateId) {
        List<Long> sequences = new ArrayList<>();
        for (Document commit : events.find(Filters.elemMatch(EVENTS_FIELD, eq(AGGREGATE_ID, aggregateId)))
                .projection(AGGREGATE_AND_SEQUENCE)) {
            for (Document event : commit.getList(EVENTS_FIELD, Document.class)) {
                if (aggregateId.equals(event.getString(AGGREGATE_ID))) {
                    sequences.add(event.getLong(SEQUENCE));
                }
            }
        }
        return sequences;
    }
}
