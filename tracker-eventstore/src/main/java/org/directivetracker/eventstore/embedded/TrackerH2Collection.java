package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.List;
import java.util.stream.StreamSupport;

/**
 * mongo-java-server's H2 collection with two changes. It updates a copy of each document instead of the stored object,
 * and it answers a scan of the whole collection batch by batch ({@link KeyOrderScan}).
 *
 * <p>The copy: the backend changes the document it found in place and then puts that same object back into the map:
 * the pages of earlier versions hold that object too, so a reader of an earlier version saw it change, and H2 writing
 * such a page to the file for a commit at that moment failed ({@code ConcurrentModificationException}) and closed the
 * store. The updates and the find-and-modify commands find their documents through {@link #queryDocuments}, which
 * hands them copies while one of those runs on this thread; the copy, changed, replaces the stored document. A copy of
 * the top level is enough: the backend computes the new values on a deep copy of its own and only puts them into the
 * top level of the document it found, so the values the stored document shares with the copy are never changed.
 */
final class TrackerH2Collection extends H2Collection {

    private static final ThreadLocal<Boolean> UPDATING = ThreadLocal.withInitial(() -> false);

    private final MVMap<Object, Document> documents;

    TrackerH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.documents = dataMap;
    }

    @Override
    public Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                    boolean isMulti, boolean isUpsert, Oplog oplog) {
        UPDATING.set(true);
        try {
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        } finally {
            UPDATING.set(false);
        }
    }

    @Override
    public Document findAndModify(Document query) {
        UPDATING.set(true);
        try {
            return super.findAndModify(query);
        } finally {
            UPDATING.set(false);
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Document filter = query == null ? new Document() : query;
        if (isScanInBatches(filter, orderBy, numberToSkip, batchSize)) {
            return scanInBatches(filter, limit, batchSize, fieldSelector);
        }
        QueryResult found = super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        if (!UPDATING.get()) {
            return found;
        }
        // lazily: an update of one document stops after the first it finds
        Iterable<Document> copies = () -> StreamSupport.stream(found.spliterator(), false).map(Document::new).iterator();
        return new QueryResult(copies, found.getCursorId());
    }

    /**
     * A find that reads the collection in batches, in no asked order, that no index serves (every document must be
     * looked at): the driver's {@code find().batchSize(n)} over a whole read model or the events. Updates and finds
     * without a batch size keep the stock path.
     */
    private boolean isScanInBatches(Document filter, Document orderBy, int numberToSkip, int batchSize) {
        if (UPDATING.get() || batchSize <= 0 || numberToSkip > 0 || !isNaturalAscendingOrNone(orderBy)) {
            return false;
        }
        return getIndexes().stream().noneMatch(index -> index.canHandle(filter));
    }

    private static boolean isNaturalAscendingOrNone(Document orderBy) {
        return orderBy == null || orderBy.isEmpty()
            || (orderBy.size() == 1 && orderBy.get("$natural") instanceof Number order && order.intValue() == 1);
    }

    private QueryResult scanInBatches(Document filter, int limit, int batchSize, Document fieldSelector) {
        boolean projected = fieldSelector != null && !fieldSelector.isEmpty();
        // a matcher of its own: the collection's keeps state while it matches, and later batches run outside its lock
        DefaultQueryMatcher matcher = new DefaultQueryMatcher();
        KeyOrderScan scan = new KeyOrderScan(cursorRegistry.generateCursorId(), documents,
            document -> matcher.matches(document, filter), limit,
            batch -> projected ? projected(batch, fieldSelector) : batch);
        List<Document> firstBatch = scan.takeDocuments(batchSize);
        if (scan.isEmpty()) {
            return new QueryResult(firstBatch);
        }
        cursorRegistry.add(scan);
        return new QueryResult(firstBatch, scan);
    }

    /** The stock projection (package-private there), applied to documents that already match. */
    private List<Document> projected(List<Document> batch, Document fieldSelector) {
        return matchDocumentsFromStream(batch.stream(), new Document(), null, 0, 0, 0, fieldSelector).collectDocuments();
    }
}
