package org.directivetracker.eventstore.files;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Files stored in GridFS under their SHA-256, and their verification against the events that attached them. */
class ContentAddressedFilesTest {

    private static EmbeddedMongo server;
    private static MongoClient client;
    private MongoDatabase database;
    private ContentAddressedFiles files;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongo.startInMemory();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("files-" + System.nanoTime());
        files = new ContentAddressedFiles(database, ContentAddressedFiles.DEFAULT_BUCKET);
    }

    /** Larger than one GridFS chunk (255 kB), so that reading it back joins chunks. */
    static byte[] photo(long seed) {
        byte[] content = new byte[600_000];
        new Random(seed).nextBytes(content);
        return content;
    }

    static StoredEvent attaching(String directiveId, long sequence, String sha256) {
        String payload = "{\"directiveId\":\"" + directiveId + "\",\"communeCode\":\"31951\",\"attachmentId\":\"tep-"
                         + sequence + "\",\"fileName\":\"anh.jpg\",\"sha256\":\"" + sha256 + "\"}";
        return new StoredEvent(sequence, directiveId, "Directive", sequence, "e-" + sequence,
                "org.directivetracker.core.api.event.EvidenceAttached", null, Instant.parse("2026-05-04T02:00:00Z"),
                payload, "{}", "h" + sequence);
    }

    static StoredEvent reporting(String directiveId, long sequence) {
        return new StoredEvent(sequence, directiveId, "Directive", sequence, "e-" + sequence,
                "org.directivetracker.core.api.event.ProgressReported", null, Instant.parse("2026-05-04T02:00:00Z"),
                "{\"directiveId\":\"" + directiveId + "\",\"percent\":40}", "{}", "h" + sequence);
    }

    @Test
    void storesAFileUnderItsDigestAndReadsItBackWhole() throws Exception {
        byte[] content = photo(1);

        ContentAddressedFiles.StoredFile stored = files.store(content);

        assertThat(stored.sha256()).isEqualTo(Sha256.of(content));
        assertThat(stored.size()).isEqualTo(content.length);
        try (InputStream read = files.open(stored.sha256()).orElseThrow()) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void storesTheSameContentOnce() {
        byte[] content = "Biên bản bàn giao máy scan".getBytes(StandardCharsets.UTF_8);

        files.store(content);
        files.store(content.clone());

        assertThat(database.getCollection("evidence.files").countDocuments()).isEqualTo(1);
    }

    @Test
    void verifiesTheFilesThatEventsAttached() {
        String first = files.store(photo(1)).sha256();
        String second = files.store(photo(2)).sha256();

        FileVerification.Report report = new FileVerification(files).verify(List.of(reporting("cv-1", 0),
                attaching("cv-1", 1, first), reporting("cv-1", 2), attaching("cv-1", 3, second)));

        assertThat(report.intact()).isTrue();
        assertThat(report.files()).isEqualTo(2);
    }

    @Test
    void reportsAChangedFileWithTheSequenceOfTheEventThatAttachedIt() {
        String untouched = files.store(photo(1)).sha256();
        String changed = files.store(photo(2)).sha256();
        Document chunk = database.getCollection("evidence.chunks").find(Filters.and(Filters.eq("files_id", changed),
                Filters.eq("n", 1))).first();
        byte[] data = chunk.get("data", Binary.class).getData();
        data[1000] ^= 1; // one bit of one byte, in the middle of the file
        database.getCollection("evidence.chunks").updateOne(Filters.eq("_id", chunk.get("_id")),
                Updates.set("data", new Binary(data)));

        FileVerification.Report report = new FileVerification(files).verify(List.of(attaching("cv-1", 1, untouched),
                reporting("cv-1", 2), attaching("cv-1", 3, changed)));

        assertThat(report.intact()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.sequence()).isEqualTo(3);
            assertThat(failure.attachmentId()).isEqualTo("tep-3");
            assertThat(failure.outcome()).isEqualTo(FileVerification.Outcome.CHANGED);
        });
    }

    @Test
    void reportsAFileWithAChunkRemovedAsChanged() {
        String truncated = files.store(photo(4)).sha256();
        database.getCollection("evidence.chunks").deleteOne(Filters.and(Filters.eq("files_id", truncated),
                Filters.eq("n", 2)));

        FileVerification.Report report = new FileVerification(files).verify(List.of(attaching("cv-2", 5, truncated)));

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.sequence()).isEqualTo(5);
            assertThat(failure.outcome()).isEqualTo(FileVerification.Outcome.CHANGED);
            assertThat(failure.problem()).contains("chunk 2");
        });
    }

    @Test
    void reportsAMissingFile() {
        String gone = files.store(photo(3)).sha256();
        database.getCollection("evidence.files").deleteOne(Filters.eq("_id", gone));

        FileVerification.Report report = new FileVerification(files).verify(List.of(attaching("cv-1", 4, gone)));

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.sequence()).isEqualTo(4);
            assertThat(failure.outcome()).isEqualTo(FileVerification.Outcome.MISSING);
        });
    }
}
