package org.directivetracker.api.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.types.Binary;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * The keys of idempotent requests, in their own collection, each remembered for the configured retention however
 * much else happens on the directive it wrote to. A record binds its key to one endpoint and one body fingerprint;
 * it is pending while its first request runs (with a lease, so that a crashed instance does not block the key for
 * the whole retention) and then holds the answer for retries.
 * <p>
 * A TTL index lets MongoDB drop expired records; the embedded server has no TTL, so {@link #purgeExpired()} does it
 * too, and an expired record is never answered from either way.
 */
public class IdempotencyKeys {
    static final String COLLECTION = "idempotency_keys";
    private static final String ENDPOINT = "endpoint";
    private static final String FINGERPRINT = "fingerprint";
    private static final String PENDING_UNTIL = "pendingUntil";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String STATUS = "status";
    private static final String CONTENT_TYPE = "contentType";
    private static final String LOCATION = "location";
    private static final String BODY = "body";

    private final MongoCollection<Document> keys;
    private final IdempotencyProperties properties;
    private final Clock clock;

    public IdempotencyKeys(MongoDatabase database, IdempotencyProperties properties, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.properties = properties;
        this.clock = clock;
        keys.createIndex(Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** Takes the key for this request, or says why it may not run. */
    KeyClaim claim(String keyId, String endpoint, String fingerprint) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                keys.insertOne(new Document("_id", keyId).append(ENDPOINT, endpoint).append(FINGERPRINT, fingerprint)
                        .append(PENDING_UNTIL, Date.from(now.plus(properties.lease())))
                        .append(EXPIRES_AT, Date.from(now.plus(properties.retention()))));
                return new KeyClaim.Claimed();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = keys.find(eq("_id", keyId)).first();
            if (existing == null) {
                continue; // expired and purged meanwhile
            }
            if (!existing.getDate(EXPIRES_AT).toInstant().isAfter(now)) {
                keys.deleteOne(and(eq("_id", keyId), eq(EXPIRES_AT, existing.getDate(EXPIRES_AT))));
                continue;
            }
            boolean sameEndpoint = endpoint.equals(existing.getString(ENDPOINT));
            if (!sameEndpoint || !fingerprint.equals(existing.getString(FINGERPRINT))) {
                return new KeyClaim.Mismatch(sameEndpoint);
            }
            if (existing.containsKey(STATUS)) {
                return new KeyClaim.Replay(answerOf(existing));
            }
            Date pendingUntil = existing.getDate(PENDING_UNTIL);
            if (pendingUntil.toInstant().isAfter(now)) {
                return new KeyClaim.InProgress();
            }
            // the first request's instance died with the key taken: the retry takes over (the directive's own
            // memory of request ids still keeps a command it did store from being applied twice)
            long taken = keys.updateOne(and(eq("_id", keyId), eq(PENDING_UNTIL, pendingUntil)),
                    set(PENDING_UNTIL, Date.from(now.plus(properties.lease())))).getModifiedCount();
            return taken == 1 ? new KeyClaim.Claimed() : new KeyClaim.InProgress();
        }
        return new KeyClaim.InProgress();
    }

    /** Keeps the answer of the key's request for its retries. */
    void complete(String keyId, StoredAnswer answer) {
        keys.updateOne(eq("_id", keyId), combine(set(STATUS, answer.status()), set(CONTENT_TYPE, answer.contentType()),
                set(LOCATION, answer.location()), set(BODY, new Binary(answer.body()))));
    }

    /** Frees the key of a request that stored nothing, so that it may be sent again, corrected or not. */
    void release(String keyId) {
        keys.deleteOne(and(eq("_id", keyId), eq(STATUS, null)));
    }

    /** Drops every record past its retention; returns how many. */
    public long purgeExpired() {
        return keys.deleteMany(lt(EXPIRES_AT, Date.from(clock.instant()))).getDeletedCount();
    }

    private static StoredAnswer answerOf(Document record) {
        Binary body = record.get(BODY, Binary.class);
        return new StoredAnswer(record.getInteger(STATUS), record.getString(CONTENT_TYPE), record.getString(LOCATION),
                body == null ? new byte[0] : body.getData());
    }
}
