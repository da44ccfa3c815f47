package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.eventstore.mongo.CommitLayout.AGGREGATE_ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.EVENTS_FIELD;
import static org.directivetracker.eventstore.mongo.CommitLayout.SEQUENCE;

/**
 * The auditor's questions that a stream read cannot answer: whether events lie beyond the point where a stream stops
 * (a deleted event makes the read stop at the hole), and which aggregates exist at all. Both scan the commits, so
 * they stay off every hot path.
 */
final class AuditScans {

    private final MongoCollection<Document> events;

    AuditScans(MongoCollection<Document> events) {
        this.events = events;
    }

    /** The highest sequence of the aggregate stored anywhere above {@code sequence}, or -1 when there is none. */
    long highestSequenceStoredAbove(String aggregateId, long sequence) {
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

    /** Every aggregate with stored events, in id order, with its highest stored sequence. */
    SortedMap<String, Long> highestSequencePerAggregate() {
        SortedMap<String, Long> highest = new TreeMap<>();
        // in batches: the embedded server would answer the whole scan in one message, too large past a few 100,000 events
        for (Document commit : events.find().batchSize(1_000).projection(Projections.include(
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
}
