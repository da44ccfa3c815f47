package org.directivetracker.projections.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/**
 * A batch's field values per document of one collection, written when the batch closes: one upsert per document, all
 * in one bulk write, a later value of a field replacing an earlier one. Each document set is a key the batch changed.
 * For read models whose events only set fields, so that a directive issued to 64 communes is one write, not 65.
 */
public final class FieldUpserts implements ReadModelContext.Pending {

    private final ReadModelContext context;
    private final String collection;
    private final Map<String, Map<String, Object>> changes = new LinkedHashMap<>();

    public FieldUpserts(ReadModelContext context, String collection) {
        this.context = context;
        this.collection = collection;
    }

    /** Sets a field (a dotted path) of the document {@code id}, creating the document if it has none yet. */
    public void set(String id, String field, Object value) {
        context.touch(id);
        changes.computeIfAbsent(id, key -> new LinkedHashMap<>()).put(field, value);
    }

    @Override
    public void write() {
        if (changes.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(changes.size());
        changes.forEach((id, fields) -> writes.add(new UpdateOneModel<>(eq("_id", id),
                Updates.combine(fields.entrySet().stream().map(field -> Updates.set(field.getKey(), field.getValue())).toList()),
                new UpdateOptions().upsert(true))));
        context.collections().get(collection).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        changes.clear();
    }
}
