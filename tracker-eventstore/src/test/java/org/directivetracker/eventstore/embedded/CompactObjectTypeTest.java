package org.directivetracker.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store writes documents and index keys as BSON where BSON gives them back exactly, everything else as
 * H2 always did, and reads both forms: a value read back equals the value written, with the same classes.
 */
class CompactObjectTypeTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentWithEveryKindOfValueComesBackEqualAndSmallerThanJavaSerialized() {
        Document document = new Document("_id", 17L)
                .append("stream", "d-7f3a/12")
                .append("title", "Rà soát, bàn giao đất công cho xã Tân Thuận")
                .append("count", 3)
                .append("rate", 0.75)
                .append("done", true)
                .append("none", null)
                .append("at", Instant.parse("2026-11-30T03:15:42.123Z"))
                .append("oid", new ObjectId())
                .append("uuid", UUID.randomUUID())
                .append("bytes", new BinData(new byte[] {1, 2, 3}))
                .append("amount", new Decimal128(123L, 0L))
                .append("communes", new ArrayList<>(List.of("31951", "32002")))
                .append("events", new ArrayList<>(List.of(new Document("sequence", 0L).append("hash", "ab12"))));

        Object read = roundTrip(new CompactObjectType(), document);

        assertThat(read).isEqualTo(document).isInstanceOf(Document.class);
        Document back = (Document) read;
        assertThat(back.keySet()).containsExactlyElementsOf(document.keySet());
        document.forEach((name, value) -> assertThat(back.get(name) == null ? null : back.get(name).getClass())
                .as(name).isEqualTo(value == null ? null : value.getClass()));
        assertThat(written(new CompactObjectType(), document).remaining())
                .isLessThan(written(new ObjectDataType(), document).remaining() / 2);
    }

    @Test
    void valuesBsonWouldChangeAreWrittenAsBefore() {
        Document finerThanMillis = new Document("at", Instant.parse("2026-11-30T03:15:42.123456Z"));
        Document withASet = new Document("codes", new LinkedHashSet<>(Set.of("31951")));
        Document withAnImmutableList = new Document("codes", List.of("31951"));

        for (Document document : List.of(finerThanMillis, withASet, withAnImmutableList)) {
            Object read = roundTrip(new CompactObjectType(), document);
            assertThat(read).isEqualTo(document);
            assertThat(((Document) read).values().iterator().next().getClass())
                    .isEqualTo(document.values().iterator().next().getClass());
        }
    }

    @Test
    void indexKeysComeBackEqual() {
        for (KeyValue key : List.of(new KeyValue("d-7f3a/12"), new KeyValue("tracker", 4L), new KeyValue((Object) null),
                new KeyValue(new Document("a", 1)))) {
            assertThat(roundTrip(new IndexKeyType(), key)).isEqualTo(key);
        }
        // the backend's marker of a missing field has no BSON form: written as before, and read as that marker
        assertThat(((KeyValue) roundTrip(new IndexKeyType(), new KeyValue(Missing.getInstance()))).get(0))
                .isInstanceOf(Missing.class);
    }

    @Test
    void valuesWrittenByH2sOwnTypeAreRead() {
        Document document = new Document("_id", "31951:d-1").append("stage", "IN_PROGRESS");
        ByteBuffer writtenBefore = written(new ObjectDataType(), document);

        assertThat(new CompactObjectType().read(writtenBefore)).isEqualTo(document);
        assertThat(new IndexKeyType().read(written(new ObjectDataType(), new KeyValue("d-1/0")))).isEqualTo(new KeyValue("d-1/0"));
    }

    @Test
    void documentsWrittenAndIndexedComeBackAfterARestart() {
        List<org.bson.Document> written = IntStream.range(0, 500).mapToObj(i -> new org.bson.Document("_id", (long) i)
                .append("stream", "d-" + i + "/0").append("payload", "{\"percent\":" + i % 100 + ",\"note\":\"Đã hoàn thành bước " + i + "\"}")
                .append("timestamp", Date.from(Instant.parse("2026-11-30T03:15:42.123Z")))).toList();
        try (EmbeddedMongo server = EmbeddedMongo.start(dir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<org.bson.Document> events = client.getDatabase("tracker").getCollection("events");
            events.createIndex(Indexes.ascending("stream"),
                    new IndexOptions().unique(true));
            events.insertMany(written);
        }
        try (EmbeddedMongo server = EmbeddedMongo.start(dir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<org.bson.Document> events = client.getDatabase("tracker").getCollection("events");

            assertThat(events.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()))
                    .isEqualTo(written);
            assertThat(events.find(Filters.eq("stream", "d-321/0")).first())
                    .isEqualTo(written.get(321));
        }
    }

    @Test
    void theFileIsSmallerThanTheStockBackendsForTheSameDocuments() throws IOException {
        Path stockFile = dir.resolve("stock").resolve(EmbeddedMongo.DATA_FILE);
        Files.createDirectories(stockFile.getParent());
        H2Backend stock = new H2Backend(stockFile.toString());
        MongoServer stockServer = new MongoServer(stock);
        InetSocketAddress address = stockServer.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            insertCommits(client);
        } finally {
            stockServer.shutdownNow();
            stock.close();
        }
        try (EmbeddedMongo server = EmbeddedMongo.start(dir.resolve("compact"));
             MongoClient client = MongoClients.create(server.connectionString())) {
            insertCommits(client);
        }

        assertThat(Files.size(dir.resolve("compact").resolve(EmbeddedMongo.DATA_FILE)))
                .isLessThan(Files.size(stockFile) / 2);
    }

    private static void insertCommits(MongoClient client) {
        MongoCollection<org.bson.Document> events = client.getDatabase("tracker").getCollection("events");
        events.createIndex(Indexes.ascending("stream"),
                new IndexOptions().unique(true));
        for (int i = 0; i < 2_000; i++) {
            events.insertOne(new org.bson.Document("_id", (long) i).append("stream", "d-" + i + "/0").append("count", 1)
                    .append("events", List.of(new org.bson.Document("position", (long) i).append("sequence", 0L)
                            .append("payloadType", "org.directivetracker.core.events.ProgressReported")
                            .append("payload", "{\"communeCode\":\"31951\",\"percent\":40,\"note\":\"Đang triển khai\"}")
                            .append("hash", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))));
        }
    }

    private static Object roundTrip(ObjectDataType type, Object value) {
        return type.read(written(type, value));
    }

    private static ByteBuffer written(ObjectDataType type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }
}
