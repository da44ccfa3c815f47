package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * mongo-java-server's H2 backend with six changes: a request that writes is never cut by a commit
 * ({@link CommitGate}), the store version that each request reads is registered for as long as the request runs,
 * unique indexes compare their keys without serializing them ({@link IndexKeyType}), documents and index keys are
 * written as BSON rather than by Java serialization ({@link CompactObjectType}), an update changes a copy of the
 * stored document, never the stored object, and a scan of a whole collection is read batch by batch instead of
 * whole into the heap ({@link TrackerH2Collection}).
 *
 * <p>Why: the backend walks {@code MVMap}s without telling the store which version it reads. A store keeps the chunks
 * of an old version only for its last {@code versionsToKeep} (5) versions, or while someone has registered that
 * version. The event store forces a commit per append, so under concurrent writes a scan of a collection can see its
 * version fall more than five behind while it runs; once the store's keeper has rewritten an old chunk
 * (compaction) and the chunk has outlived the retention time, the chunk is freed and the scan's next page read fails
 * with {@code MVStoreException: Chunk N not found}. A registered version is never released while in use. The
 * backend's cursors are lists filled during the request, and a batch of a {@link KeyOrderScan} is read within the
 * request that fetches it, from the version of that moment; so a pin per request covers every page it reads.
 *
 * <p>The driver sends every command as an {@code OP_MSG} ({@link #handleMessage}); only its connection handshake
 * still comes as a legacy query, and that reads no collection.
 */
final class TrackerH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(TrackerH2Backend.class);
    /** A request slower than this is logged at debug level: the way to find a query that scans a collection. */
    private static final long SLOW_MILLIS = 20;
    /** The names the stock backend gives a collection's maps (package-private there): a file keeps its names. */
    private static final String DOCUMENTS_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    private final CommitGate gate;

    TrackerH2Backend(MVStore store, CommitGate gate) {
        super(store);
        this.gate = gate;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        long started = System.nanoTime();
        try {
            return gate.request(message.getDocument(), () -> pinned(() -> super.handleMessage(message)));
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis >= SLOW_MILLIS && log.isDebugEnabled()) {
                String command = String.valueOf(message.getDocument());
                log.debug("slow request ({} ms): {}", millis, command.length() > 400 ? command.substring(0, 400) + "..." : command);
            }
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return gate.request(query.getQuery(), () -> pinned(() -> super.handleQuery(query)));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyOrderedIndexDatabase(databaseName);
    }

    /**
     * The H2 database with its documents in maps of {@link CompactObjectType} and its unique indexes in maps ordered by {@link IndexKeyType}, under their own names: a file
     * written by the stock backend has its indexes in maps ordered by serialized bytes, which this order cannot read;
     * those are removed and the collection rebuilds each index from its documents the first time it is opened.
     * An inner class because the superclass opens the indexes in its constructor, before a field of a subclass is set
     * (and the backend opens the databases of an existing file in its own constructor): it reaches the store through
     * the backend.
     */
    private final class KeyOrderedIndexDatabase extends H2Database {

        KeyOrderedIndexDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /**
         * The stock backend's maps under the same names, with the documents in {@link CompactObjectType}, in a
         * collection that never changes a stored document ({@link TrackerH2Collection}).
         */
        @Override
        @SuppressWarnings("unchecked")
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, ?> documents = getMvStore().openMap(DOCUMENTS_PREFIX + fullName,
                    new MVMap.Builder<Object, Object>().valueType(new CompactObjectType()));
            MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + fullName);
            return new TrackerH2Collection(this, collectionName, options, (MVMap<Object, Document>) documents, meta,
                    getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String serializedOrderName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            if (getMvStore().hasMap(serializedOrderName)) {
                getMvStore().removeMap(serializedOrderName);
            }
            MVMap<KeyValue, Object> positions = getMvStore().openMap(keyOrderedMapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return new KeyOrderedUniqueIndex(positions, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(keyOrderedMapName(collection.getCollectionName(), indexName));
        }

        private String keyOrderedMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._keyindex_" + indexName;
        }
    }

    private <T> T pinned(Supplier<T> request) {
        MVStore store = getMvStore();
        MVStore.TxCounter pin = store.registerVersionUsage();
        try {
            return request.get();
        } finally {
            store.deregisterVersionUsage(pin);
        }
    }
}
