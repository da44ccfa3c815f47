package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.Collection;
import java.util.List;
import java.util.Map.Entry;

/**
 * A unique index kept in an H2 map whose keys are ordered by {@link IndexKeyType}. A single-key index also serves a
 * query that asks for one value (or an {@code $in} of values) of its key among other conditions, at the top level or in
 * a top-level {@code $and} ({@code {_id: x, state: "PENDING"}}): mongo-java-server uses an index only for a query of its
 * keys alone and otherwise reads every document of the collection, where MongoDB uses the index. The collection still
 * matches each document found against the whole query, so only the documents read change, not the answer.
 */
final class KeyOrderedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> positions;

    KeyOrderedUniqueIndex(MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.positions = positions;
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return super.canHandle(query) || keyAmongConditions(query) != null;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        return super.canHandle(query) ? super.getPositions(query) : super.getPositions(keyAmongConditions(query));
    }

    /** {@code {key: what}} of a query that asks for a value or an {@code $in} of this index's one key, or null. */
    private Document keyAmongConditions(Document query) {
        if (isCompoundIndex()) {
            return null;
        }
        String key = keys().get(0);
        Object wanted = valuesAsked(query.get(key));
        if (wanted == null && query.get("$and") instanceof Collection<?> clauses) {
            for (Object clause : clauses) {
                if (wanted == null && clause instanceof Document condition) {
                    wanted = valuesAsked(condition.get(key));
                }
            }
        }
        return wanted == null ? null : new Document(key, wanted);
    }

    /** A plain value, or {@code {$in: [...]}} alone; null for anything else (another operator, a regex, a document). */
    private static Object valuesAsked(Object condition) {
        if (condition == null || condition instanceof Missing || BsonRegularExpression.isRegularExpression(condition)
            || condition instanceof Collection) {
            return null;
        }
        if (condition instanceof Document operators) {
            return operators.size() == 1 && operators.get("$in") instanceof Collection ? operators : null;
        }
        return condition;
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return positions.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return positions.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return positions.get(keyValue);
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
