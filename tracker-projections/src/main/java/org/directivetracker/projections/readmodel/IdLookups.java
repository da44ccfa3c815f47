package org.directivetracker.projections.readmodel;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;

/**
 * Documents by {@code _id}, many at a time: {@code $in} queries of at most {@value #CHUNK} ids. mongo-java-server finds
 * the documents of an {@code $in} through the {@code _id} index but then matches each one against the whole list again,
 * so one {@code $in} of n ids costs n² comparisons (17,000 ids took over 30 s); in chunks it stays linear.
 */
public final class IdLookups {

    static final int CHUNK = 256;

    private IdLookups() {
    }

    /** The documents found among the ids, in no particular order; {@code projection} may be null. */
    public static List<Document> byIds(MongoCollection<Document> collection, Collection<?> ids, Bson projection) {
        List<Document> found = new ArrayList<>(ids.size());
        List<?> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            FindIterable<Document> chunk = collection.find(in("_id", all.subList(from, Math.min(all.size(), from + CHUNK))));
            (projection == null ? chunk : chunk.projection(projection)).into(found);
        }
        return found;
    }
}
