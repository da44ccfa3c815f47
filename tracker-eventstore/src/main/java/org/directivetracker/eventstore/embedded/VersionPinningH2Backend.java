package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;

import java.util.function.Supplier;

/**
 * mongo-java-server's H2 backend, with the store version that each request reads registered for as long as the
 * request runs.
 *
 * <p>Why: the backend walks {@code MVMap}s without telling the store which version it reads. A store keeps the chunks
 * of an old version only for its last {@code versionsToKeep} (5) versions, or while someone has registered that
 * version. The event store forces a commit per append, so under concurrent writes a scan of a collection can see its
 * version fall more than five behind while it runs; once the background writer has rewritten an old chunk
 * (compaction) and the chunk has outlived the retention time, the chunk is freed and the scan's next page read fails
 * with {@code MVStoreException: Chunk N not found}. A registered version is never released while in use. The
 * backend's cursors are lists filled during the request, so a pin per request covers every page it reads.
 *
 * <p>The driver sends every command as an {@code OP_MSG} ({@link #handleMessage}); only its connection handshake
 * still comes as a legacy query, and that reads no collection.
 */
final class VersionPinningH2Backend extends H2Backend {

    private final MVStore store;

    VersionPinningH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return pinned(() -> super.handleMessage(message));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return pinned(() -> super.handleQuery(query));
    }

    private <T> T pinned(Supplier<T> request) {
        MVStore.TxCounter pin = store.registerVersionUsage();
        try {
            return request.get();
        } finally {
            store.deregisterVersionUsage(pin);
        }
    }
}
