package org.directivetracker.projections.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Which documents of a read model each batch of events changed: entries numbered 1, 2, 3... in the read model's
 * collection {@value #COLLECTION}, each listing the keys (ids) it changed, and a {@value #HEAD} document holding the last
 * number. An entry is written after the documents it names and before the head, so a reader that read the head finds
 * every entry up to it and the documents they name. {@link ReadModelCopy} reads only what changed since its copy.
 *
 * <p>One writer per read model (its processor runs one segment, a rebuild writes its own collections); for the moment a
 * segment moves between instances, two writers take distinct numbers. Only the last
 * {@value #RETAINED} entries are kept; a reader further behind reads everything again.
 */
public final class ChangeLog {

    public static final String COLLECTION = "changes";
    static final String HEAD = "head";
    static final int RETAINED = 10_000;

    private final ReadModelCollections collections;

    public ChangeLog(ReadModelCollections collections) {
        this.collections = collections;
    }

    /** Logs one batch's changed keys; no keys, no entry. */
    public void append(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        long next = head() + 1;
        List<String> named = List.copyOf(keys);
        // inserted, never replaced: when the segment moves between instances, the one losing it may still close a batch
        // while the other closes its own; the second to take a number takes the next one, so no entry's keys are lost.
        // A batch retried after a crash before the head moved takes a new number too, naming the same keys again.
        while (true) {
            try {
                changes().insertOne(new Document("_id", next).append("keys", named));
                break;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                next++;
            }
        }
        changes().updateOne(eq("_id", HEAD), Updates.max("version", next), new UpdateOptions().upsert(true));
        if (next > RETAINED) {
            changes().deleteOne(eq("_id", next - RETAINED));
        }
    }

    /** The number of the last entry, 0 before any. */
    public long head() {
        Document head = changes().find(eq("_id", HEAD)).first();
        return head == null ? 0 : head.get("version", Number.class).longValue();
    }

    /**
     * The keys changed by the entries after {@code after} up to {@code upTo}, or empty when one of them is no longer
     * kept (then everything must be read again).
     */
    public Optional<Set<String>> keysChanged(long after, long upTo) {
        if (upTo < after || upTo - after > RETAINED) {
            return Optional.empty();
        }
        List<Long> numbers = LongStream.rangeClosed(after + 1, upTo).boxed().toList();
        List<Document> entries = IdLookups.byIds(changes(), numbers, null);
        if (entries.size() != numbers.size()) {
            return Optional.empty();
        }
        Set<String> keys = new TreeSet<>();
        for (Document entry : entries) {
            keys.addAll(entry.getList("keys", String.class, new ArrayList<>()));
        }
        return Optional.of(keys);
    }

    private MongoCollection<Document> changes() {
        return collections.get(COLLECTION);
    }
}
