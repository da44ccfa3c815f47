package org.directivetracker.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A find over a whole collection with a batch size, as the read models' full reads and the audit's scans make: the
 * embedded store reads it batch by batch from the store rather than into a list before the first batch (at a
 * province's size that list held a million documents in the heap). Whatever path a find takes, its answer is the one
 * the stock path gives; and, as in MongoDB, a batch fetched later sees the collection as it is then.
 */
class ScanInBatchesTest {

    private static final int ROWS = 2_500;

    @TempDir
    Path dataDir;

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoCollection<Document> rows;

    @BeforeEach
    void rows() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(server.connectionString());
        rows = client.getDatabase("tracker").getCollection("rows");
        rows.insertMany(IntStream.range(0, ROWS).mapToObj(i -> new Document("_id", String.format("row-%05d", i))
                .append("commune", "3195" + i % 7).append("percent", i % 101).append("note", "Đã báo cáo " + i)).toList());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aScanInBatchesAnswersWhatTheWholeReadAnswers() {
        // filters that no index serves, with and without a projection and a limit; batch size 0 takes the stock path
        List<Document> filters = List.of(new Document(), new Document("commune", "31953"),
                new Document("percent", new Document("$gte", 50)), new Document("note", "none such"));
        for (Document filter : filters) {
            assertThat(ids(rows.find(filter).batchSize(100))).as("%s", filter)
                    .containsExactlyInAnyOrderElementsOf(ids(rows.find(filter)));
            assertThat(rows.find(filter).batchSize(7).projection(Projections.include("percent")).into(new ArrayList<>()))
                    .as("projected %s", filter)
                    .containsExactlyInAnyOrderElementsOf(rows.find(filter).projection(Projections.include("percent"))
                            .into(new ArrayList<>()));
            assertThat(ids(rows.find(filter).batchSize(30).limit(45))).as("limited %s", filter)
                    .hasSize(Math.min(45, ids(rows.find(filter)).size()))
                    .isSubsetOf(ids(rows.find(filter)));
        }
        // a sort or a skip keeps the stock path; the answer is the same either way
        assertThat(ids(rows.find().batchSize(100).sort(Sorts.descending("_id")).skip(3).limit(2)))
                .containsExactly("row-02496", "row-02495");
    }

    @Test
    void aBatchFetchedLaterSeesTheCollectionAsItIsThen() {
        try (MongoCursor<Document> scan = rows.find().batchSize(1_000).iterator()) {
            Set<String> seen = new HashSet<>();
            seen.add(scan.next().getString("_id")); // the first batch is read
            rows.updateOne(Filters.eq("_id", "row-02000"), Updates.set("note", "Sửa sau khi quét bắt đầu"));
            rows.deleteOne(Filters.eq("_id", "row-02001"));
            Document changed = null;
            while (scan.hasNext()) {
                Document row = scan.next();
                assertThat(seen.add(row.getString("_id"))).as("returned once: %s", row.getString("_id")).isTrue();
                if (row.getString("_id").equals("row-02000")) {
                    changed = row;
                }
            }
            assertThat(changed).isNotNull();
            assertThat(changed.getString("note")).isEqualTo("Sửa sau khi quét bắt đầu");
            assertThat(seen).hasSize(ROWS - 1).doesNotContain("row-02001");
        }
    }

    @Test
    void writesDuringAScanNeitherRepeatNorLoseTheDocumentsThatStay() {
        try (MongoCursor<Document> scan = rows.find(new Document()).batchSize(200).iterator()) {
            List<String> seen = new ArrayList<>();
            int i = 0;
            while (scan.hasNext()) {
                seen.add(scan.next().getString("_id"));
                if (++i % 150 == 0) { // documents come and go on both sides of the scan, others change
                    rows.insertOne(new Document("_id", "extra-" + i));
                    rows.deleteOne(Filters.eq("_id", "extra-" + (i - 150)));
                    rows.updateMany(Filters.eq("commune", "31950"), Updates.inc("percent", 1));
                }
            }
            List<String> stayed = seen.stream().filter(id -> id.startsWith("row-")).toList();
            assertThat(stayed).doesNotHaveDuplicates().hasSize(ROWS);
            assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        }
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }
}
