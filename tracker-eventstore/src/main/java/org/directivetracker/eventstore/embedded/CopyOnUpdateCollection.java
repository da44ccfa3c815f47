package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.stream.StreamSupport;

/**
 * mongo-java-server's H2 collection, updating a copy of each document instead of the stored object. The backend
 * changes the document it found in place and then puts that same object back into the map: the pages of earlier
 * versions hold that object too, so a reader of an earlier version saw it change, and H2 writing such a page to the
 * file for a commit at that moment failed ({@code ConcurrentModificationException}) and closed the store. The updates
 * and the find-and-modify commands find their documents through {@link #queryDocuments}, which hands them copies
 * while one of those runs on this thread; the copy, changed, replaces the stored document. A copy of the top level
 * is enough: the backend computes the new values on a deep copy of its own and only puts them into the top level of
 * the document it found, so the values the stored document shares with the copy are never changed.
 */
final class CopyOnUpdateCollection extends H2Collection {

    private static final ThreadLocal<Boolean> UPDATING = ThreadLocal.withInitial(() -> false);

    CopyOnUpdateCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                           MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
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
        QueryResult found = super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        if (!UPDATING.get()) {
            return found;
        }
        // lazily: an update of one document stops after the first it finds
        Iterable<Document> copies = () -> StreamSupport.stream(found.spliterator(), false).map(Document::new).iterator();
        return new QueryResult(copies, found.getCursorId());
    }
}
