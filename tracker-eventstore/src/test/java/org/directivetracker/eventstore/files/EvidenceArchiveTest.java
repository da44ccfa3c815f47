package org.directivetracker.eventstore.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.directivetracker.eventstore.chain.AuditDigest;
import org.directivetracker.eventstore.chain.EventHashChain;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.export.HistoryExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A history exported with its files as a ZIP, checked offline. */
class EvidenceArchiveTest {

    private static final String DIRECTIVE = "chi-thi-12";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedMongo server;
    private static MongoClient client;
    private static ContentAddressedFiles files;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongo.startInMemory();
        client = MongoClients.create(server.connectionString());
        files = new ContentAddressedFiles(client.getDatabase("archive"), ContentAddressedFiles.DEFAULT_BUCKET);
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    /** Three events: a report, a photo attached, a scan attached. */
    private static byte[] history(String photo, String scan) throws IOException {
        List<HistoryExport.Event> events = new ArrayList<>();
        String previous = EventHashChain.GENESIS;
        String[] payloads = {
                "{\"directiveId\":\"" + DIRECTIVE + "\",\"communeCode\":\"31951\",\"percent\":40}",
                "{\"directiveId\":\"" + DIRECTIVE + "\",\"communeCode\":\"31951\",\"attachmentId\":\"anh-1\",\"sha256\":\"" + photo + "\"}",
                "{\"directiveId\":\"" + DIRECTIVE + "\",\"communeCode\":\"31951\",\"attachmentId\":\"scan-1\",\"sha256\":\"" + scan + "\"}"};
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            String type = sequence == 0 ? "ProgressReported" : "EvidenceAttached";
            String timestamp = "2026-03-0" + (sequence + 1) + "T02:00:00Z";
            String hash = EventHashChain.hash(previous, DIRECTIVE, sequence, type, timestamp, "chair-31951", "COMMUNE",
                    "31951", payloads[sequence]);
            events.add(new HistoryExport.Event(DIRECTIVE, sequence, type, timestamp, "chair-31951", "COMMUNE", "31951",
                    payloads[sequence], hash));
            previous = hash;
        }
        return JSON.writeValueAsBytes(new HistoryExport(HistoryExport.FORMAT, DIRECTIVE, events, previous,
                AuditDigest.of(DIRECTIVE, previous)));
    }

    private static byte[] archive() throws IOException {
        String photo = files.store(ContentAddressedFilesTest.photo(7)).sha256();
        String scan = files.store(ContentAddressedFilesTest.photo(8)).sha256();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceArchive.write(history(photo, scan), files, out);
        return out.toByteArray();
    }

    @Test
    void anArchiveAsExportedVerifiesOffline() throws IOException {
        byte[] archive = archive();

        EvidenceArchiveVerifier.Verdict verdict = EvidenceArchiveVerifier.verify(archive);

        assertThat(EvidenceArchiveVerifier.isArchive(archive)).isTrue();
        assertThat(verdict.fileProblems()).isEmpty();
        assertThat(verdict.verified()).isTrue();
        assertThat(verdict.files()).isEqualTo(2);
        assertThat(entries(archive).keySet()).hasSize(3).contains(EvidenceArchive.HISTORY_ENTRY);
    }

    @Test
    void anArchiveFailsWhenOneByteOfOneFileChanges() throws IOException {
        Map<String, byte[]> entries = entries(archive());
        String scanEntry = new ArrayList<>(entries.keySet()).get(2);
        entries.get(scanEntry)[12_345] ^= 1;

        EvidenceArchiveVerifier.Verdict verdict = EvidenceArchiveVerifier.verify(zip(entries));

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.history().verified()).as("the history itself is untouched").isTrue();
        assertThat(verdict.fileProblems()).singleElement().asString()
                .contains("attached by event 2 has changed");
    }

    @Test
    void anArchiveFailsWhenAFileIsLeftOutOrOneIsAdded() throws IOException {
        Map<String, byte[]> entries = entries(archive());
        String photoEntry = new ArrayList<>(entries.keySet()).get(1);
        byte[] photo = entries.remove(photoEntry);
        entries.put(EvidenceArchive.FILES_DIRECTORY + "extra.jpg", photo);

        EvidenceArchiveVerifier.Verdict verdict = EvidenceArchiveVerifier.verify(zip(entries));

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.fileProblems()).hasSize(2);
        assertThat(verdict.fileProblems().get(0)).contains("event 1 attached a file", "not in the archive");
    }

    @Test
    void anArchiveFailsWhenItsHistoryChanges() throws IOException {
        Map<String, byte[]> entries = entries(archive());
        String history = new String(entries.get(EvidenceArchive.HISTORY_ENTRY)).replace("\"percent\\\":40", "\"percent\\\":90");
        entries.put(EvidenceArchive.HISTORY_ENTRY, history.getBytes());

        EvidenceArchiveVerifier.Verdict verdict = EvidenceArchiveVerifier.verify(zip(entries));

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.history().firstBrokenSequence()).isEqualTo(0);
    }

    private static Map<String, byte[]> entries(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
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
