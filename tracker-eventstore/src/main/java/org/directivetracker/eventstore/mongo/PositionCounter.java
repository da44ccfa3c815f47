package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.eventstore.mongo.CommitLayout.ALLOCATED;
import static org.directivetracker.eventstore.mongo.CommitLayout.COUNTER_ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.LARGEST_COMMIT;

/**
 * The global positions: one counter document in the positions collection holds the last position handed out and the
 * size of the largest commit ever written (how far back a reader must look for the commit that holds a position).
 */
final class PositionCounter {

    private final MongoCollection<Document> positions;
    private volatile long largestCommit = 1;

    PositionCounter(MongoCollection<Document> positions) {
        this.positions = positions;
    }

    /** Reserves {@code count} contiguous positions for one append; returns the last of them. */
    long allocate(int count, int largestPart) {
        // One atomic increment on the server arbitrates between every writer of every process. The counter is read
        // as it was before the increment: mongo-java-server copies that one inside its lock on the collection, whereas
        // the document after the increment is its live one, which another writer's increment may change before the
        // answer is sent (two processes were then handed the same positions). A real MongoDB answers either exactly.
        Document before = positions.findOneAndUpdate(eq(ID, COUNTER_ID),
                Updates.combine(Updates.inc(ALLOCATED, (long) count), Updates.max(LARGEST_COMMIT, largestPart)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        long allocatedBefore = 0;
        long largestBefore = 1;
        if (before != null) {
            allocatedBefore = before.get(ALLOCATED, Number.class).longValue();
            Number largest = before.get(LARGEST_COMMIT, Number.class);
            largestBefore = largest == null ? 1 : largest.longValue();
        }
        largestCommit = Math.max(largestCommit, Math.max(largestBefore, largestPart));
        return allocatedBefore + count;
    }

    /** Reads the counter again: the highest position allocated so far (0 when none), and the largest commit. */
    long refresh() {
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

    /** The most events one commit has held, as far as this process has seen. */
    long largestCommit() {
        return largestCommit;
    }
}
