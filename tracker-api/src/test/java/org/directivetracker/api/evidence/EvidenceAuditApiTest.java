package org.directivetracker.api.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.directivetracker.api.audit.AuditCommandLine;
import org.directivetracker.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.evidence.Uploads.pdf;
import static org.directivetracker.api.evidence.Uploads.photo;
import static org.directivetracker.api.evidence.Uploads.upload;

/**
 * The auditor's checks of evidence files on the running service: verification recomputes each stored file's digest,
 * and the history exported with its files verifies offline. Tampering is done as an intruder with database access
 * would, on the stored chunks, and undone after.
 */
class EvidenceAuditApiTest extends ApiTest {

    private static final String CHAIR = "chair-" + LANG_TRON;

    @Autowired
    private MongoDatabase database;

    private String directiveWithTwoFiles(byte[] photo, byte[] scan) {
        String id = given.issued(LANG_TRON);
        String path = "/api/directives/" + id + "/communes/" + LANG_TRON + "/attachments";
        assertThat(upload(http, CHAIR, path, "anh.jpg", "image/jpeg", photo, null).status()).isEqualTo(201);
        assertThat(http.post(CHAIR, "/api/directives/" + id + "/communes/" + LANG_TRON + "/progress",
                "{\"percent\":30,\"note\":\"Đã chụp ảnh hiện trạng\"}").status()).isEqualTo(200);
        assertThat(upload(http, CHAIR, path, "bien-ban.pdf", "application/pdf", scan, "Biên bản bàn giao").status())
                .isEqualTo(201);
        return id;
    }

    @Test
    void verificationReportsAFileChangedInGridFsWithTheSequenceOfTheEventThatAttachedIt() {
        byte[] scan = pdf("Biên bản bàn giao " + System.nanoTime());
        String id = directiveWithTwoFiles(photo(11, 400_000), scan);
        long attachingSequence = stream(id).size() - 1;
        assertThat(http.get("auditor", "/api/directives/" + id + "/verify/files").json().get("intact").asBoolean())
                .isTrue();

        String sha256 = org.directivetracker.eventstore.files.Sha256.of(scan);
        MongoCollection<Document> chunks = database.getCollection("evidence.chunks");
        Document chunk = chunks.find(Filters.and(Filters.eq("files_id", sha256), Filters.eq("n", 0))).first();
        byte[] original = chunk.get("data", Binary.class).getData();
        byte[] changed = original.clone();
        changed[changed.length - 3] = (byte) '7';
        chunks.updateOne(Filters.eq("_id", chunk.get("_id")), Updates.set("data", new Binary(changed)));
        try {
            JsonNode report = http.get("auditor", "/api/directives/" + id + "/verify/files").json();

            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("files").asInt()).isEqualTo(2);
            assertThat(report.get("failures")).hasSize(1);
            assertThat(report.get("failures").get(0).get("sequence").asLong()).isEqualTo(attachingSequence);
            assertThat(report.get("failures").get(0).get("outcome").asText()).isEqualTo("CHANGED");
        } finally {
            chunks.updateOne(Filters.eq("_id", chunk.get("_id")), Updates.set("data", new Binary(original)));
        }
    }

    @Test
    void aCommuneCannotVerifyOrExportFiles() {
        String id = given.issued(LANG_TRON);

        assertThat(http.get(CHAIR, "/api/directives/" + id + "/verify/files").status()).isEqualTo(403);
        assertThat(http.get(CHAIR, "/api/directives/" + id + "/export?files=include").status()).isEqualTo(403);
    }

    @Test
    void anExportedZipVerifiesOfflineAndFailsWhenOneByteOfOneFileChanges(@TempDir Path dir) throws Exception {
        byte[] photo = photo(12, 300_000);
        String id = directiveWithTwoFiles(photo, pdf("Biên bản " + System.nanoTime()));
        long photoSequence = stream(id).size() - 3; // then a progress report, then the scan

        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(
                http.request("/api/directives/" + id + "/export?files=include", "auditor", "demo").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        Path intact = Files.write(dir.resolve("intact.zip"), export.body());
        Map<String, byte[]> entries = entries(export.body());
        String photoEntry = "files/" + org.directivetracker.eventstore.files.Sha256.of(photo);
        assertThat(entries).containsKey(photoEntry).hasSize(3);
        entries.get(photoEntry)[150_000] ^= 0x01;
        Path tampered = Files.write(dir.resolve("tampered.zip"), zip(entries));

        ByteArrayOutputStream intactOut = new ByteArrayOutputStream();
        ByteArrayOutputStream tamperedOut = new ByteArrayOutputStream();
        int intactStatus = AuditCommandLine.run(new String[]{"--verify-file=" + intact},
                new PrintStream(intactOut, true, StandardCharsets.UTF_8)).orElseThrow();
        int tamperedStatus = AuditCommandLine.run(new String[]{"--verify-file=" + tampered},
                new PrintStream(tamperedOut, true, StandardCharsets.UTF_8)).orElseThrow();

        assertThat(intactStatus).as(intactOut.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(intactOut.toString(StandardCharsets.UTF_8)).contains("VERIFIED", "2 attached files");
        assertThat(tamperedStatus).isEqualTo(1);
        assertThat(tamperedOut.toString(StandardCharsets.UTF_8)).contains("attached by event " + photoSequence + " has changed");
    }

    private static Map<String, byte[]> entries(byte[] archive) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
