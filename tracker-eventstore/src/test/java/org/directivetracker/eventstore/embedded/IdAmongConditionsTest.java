package org.directivetracker.eventstore.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

/**
 * Queries that name an {@code _id} (or an {@code $in} of them) among other conditions, which the embedded store now
 * answers through the {@code _id} index: the answers are those of the whole query, as MongoDB gives them.
 */
class IdAmongConditionsTest {

    @TempDir
    Path dataDir;

    @Test
    void anIdAmongOtherConditionsFindsOnlyTheDocumentsThatMeetThemAll() {
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> outbox = client.getDatabase("tracker").getCollection("outbox");
            for (int i = 0; i < 50; i++) {
                outbox.insertOne(new Document("_id", "entry-" + i).append("state", i % 2 == 0 ? "PENDING" : "SENT").append("attempts", i % 3));
            }

            assertThat(ids(outbox, and(eq("_id", "entry-4"), eq("state", "PENDING")))).containsExactly("entry-4");
            assertThat(ids(outbox, and(eq("_id", "entry-5"), eq("state", "PENDING")))).isEmpty();
            assertThat(ids(outbox, new Document("_id", "entry-6").append("state", "PENDING").append("attempts", 0))).containsExactly("entry-6");
            assertThat(ids(outbox, new Document("_id", "entry-6").append("attempts", 1))).isEmpty();
            assertThat(ids(outbox, and(in("_id", "entry-1", "entry-2", "entry-3", "nowhere"), eq("state", "SENT"))))
                    .containsExactlyInAnyOrder("entry-1", "entry-3");
            assertThat(ids(outbox, and(eq("_id", "entry-8"), in("state", "PENDING", "SENDING")))).containsExactly("entry-8");
            assertThat(ids(outbox, and(eq("state", "PENDING"), eq("_id", "entry-9")))).isEmpty();
            assertThat(outbox.countDocuments(and(in("_id", "entry-10", "entry-11"), eq("state", "PENDING")))).isEqualTo(1);
        }
    }

    @Test
    void aConditionalUpdateByIdChangesTheDocumentOnlyWhileItsConditionHolds() {
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> outbox = client.getDatabase("tracker").getCollection("outbox");
            outbox.insertOne(new Document("_id", "digest").append("state", "PENDING"));

            long first = outbox.updateOne(and(eq("_id", "digest"), eq("state", "PENDING")), Updates.set("state", "SENDING")).getModifiedCount();
            long second = outbox.updateOne(and(eq("_id", "digest"), eq("state", "PENDING")), Updates.set("state", "SENDING")).getModifiedCount();
            Document claimed = outbox.findOneAndUpdate(and(eq("_id", "digest"), eq("state", "SENDING")), Updates.set("state", "SENT"));
            Document none = outbox.findOneAndUpdate(and(eq("_id", "digest"), eq("state", "SENDING")), Updates.set("state", "SENT"));

            assertThat(first).isEqualTo(1);
            assertThat(second).isZero();
            assertThat(claimed).isNotNull();
            assertThat(none).isNull();
            assertThat(outbox.find(eq("_id", "digest")).first().getString("state")).isEqualTo("SENT");
        }
    }

    @Test
    void theIndexTakesAQueryThatAsksForItsKeyAmongConditionsAndNoOtherKindOfQuery() {
        org.h2.mvstore.MVStore store = new org.h2.mvstore.MVStore.Builder().open();
        KeyOrderedUniqueIndex index = new KeyOrderedUniqueIndex(store.openMap("ids",
                new org.h2.mvstore.MVMap.Builder<de.bwaldvogel.mongo.backend.KeyValue, Object>().keyType(new IndexKeyType())),
                "_id_", List.of(new de.bwaldvogel.mongo.backend.IndexKey("_id", true)), false);
        index.checkAdd(new de.bwaldvogel.mongo.bson.Document("_id", "entry-1"), null);
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", "entry-1"), 7L, null);

        de.bwaldvogel.mongo.bson.Document among = new de.bwaldvogel.mongo.bson.Document("_id", "entry-1").append("state", "PENDING");
        de.bwaldvogel.mongo.bson.Document inAnd = new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("state", "PENDING"), new de.bwaldvogel.mongo.bson.Document("_id", "entry-1")));
        de.bwaldvogel.mongo.bson.Document range = new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$gt", "entry-0")).append("state", "PENDING");

        assertThat(index.canHandle(among)).isTrue();
        assertThat(index.getPositions(among)).containsExactly(7L);
        assertThat(index.canHandle(inAnd)).isTrue();
        assertThat(index.getPositions(inAnd)).containsExactly(7L);
        assertThat(index.canHandle(range)).as("a range is not a value of the key").isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("state", "PENDING"))).isFalse();
        store.close();
    }

    private static List<String> ids(MongoCollection<Document> collection, Bson query) {
        List<String> ids = new ArrayList<>();
        collection.find(query).forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }
}
