package org.directivetracker.projections.threads;

import static com.mongodb.client.model.Filters.eq;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.directivetracker.projections.readmodel.IdLookups;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Which notifications each account has read. A read mark is the user's state, not something that happened to a
 * directive: it is no event, lives in its own collection outside every read model (a rebuild keeps it) and is looked
 * up by {@code _id} ({@code account|notification id}).
 */
public final class NotificationReads {

    public static final String COLLECTION = "notification-reads";

    private final MongoCollection<Document> reads;

    public NotificationReads(MongoDatabase database) {
        this.reads = database.getCollection(COLLECTION);
    }

    public void markRead(String account, String notificationId) {
        String id = key(account, notificationId);
        reads.replaceOne(eq("_id", id), new Document("_id", id).append("account", account).append("notification", notificationId),
                new ReplaceOptions().upsert(true));
    }

    /** The notifications among {@code notificationIds} that the account has read. */
    public Set<String> readAmong(String account, Collection<String> notificationIds) {
        if (notificationIds.isEmpty()) {
            return Set.of();
        }
        List<String> keys = notificationIds.stream().map(id -> key(account, id)).toList();
        Set<String> read = new HashSet<>();
        for (Document mark : IdLookups.byIds(reads, keys, null)) {
            read.add(mark.getString("notification"));
        }
        return read;
    }

    private static String key(String account, String notificationId) {
        return account + "|" + notificationId;
    }
}
