package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A scan of a collection's documents in the order of their keys, read one batch at a time: each batch goes on from the
 * key after the last one handed out, in the store's version of that moment. The stock backend reads every matching
 * document into a list, under the collection's lock, before it answers the first batch, and holds the list until the
 * last batch is fetched (at a million documents, gigabytes of heap); this holds one document ahead. Like a MongoDB
 * collection scan it is no snapshot: a document is returned at most once, one added behind the scan is not.
 */
final class KeyOrderScan extends AbstractCursor {

    /** A getMore that names no batch size gets this many documents (MongoDB sends up to 16 MB). */
    static final int DEFAULT_BATCH = 1_000;

    private final MVMap<Object, Document> documents;
    private final Predicate<Document> matches;
    private final UnaryOperator<List<Document>> project;
    private long remaining;
    /** The next matching document, found ahead so that {@link #isEmpty()} knows; null once the scan is done. */
    private Document next;
    private Object nextKey;

    /**
     * @param limit   documents to return at most, 0 for all
     * @param project turns a batch of matching stored documents into what the client receives
     */
    KeyOrderScan(long cursorId, MVMap<Object, Document> documents, Predicate<Document> matches, int limit,
                 UnaryOperator<List<Document>> project) {
        super(cursorId);
        this.documents = documents;
        this.matches = matches;
        this.project = project;
        this.remaining = limit == 0 ? Long.MAX_VALUE : Math.abs((long) limit);
        findNext(documents.cursor(null), null);
    }

    @Override
    public synchronized boolean isEmpty() {
        return next == null;
    }

    @Override
    public synchronized List<Document> takeDocuments(int numberToReturn) {
        int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_BATCH;
        List<Document> batch = new ArrayList<>(Math.min(wanted, DEFAULT_BATCH));
        Cursor<Object, Document> scan = null;
        while (next != null && batch.size() < wanted) {
            batch.add(next);
            if (--remaining == 0) {
                next = null;
                break;
            }
            if (scan == null) {
                scan = documents.cursor(nextKey); // from the current version: a batch pins no old one
            }
            findNext(scan, nextKey);
        }
        return batch.isEmpty() ? batch : project.apply(batch);
    }

    /** Moves {@link #next} to the first matching document of {@code scan} whose key is above {@code after}. */
    private void findNext(Cursor<Object, Document> scan, Object after) {
        next = null;
        while (scan.hasNext()) {
            Object key = scan.next();
            if (after != null && documents.getKeyType().compare(key, after) <= 0) {
                continue;
            }
            Document document = scan.getValue();
            if (document != null && matches.test(document)) {
                next = document;
                nextKey = key;
                return;
            }
        }
    }
}
