package org.directivetracker.eventstore.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A history export with the files its events attached, as one ZIP: {@value #HISTORY_ENTRY} (the export file exactly as
 * {@code --verify-file} reads it) and one entry {@value #FILES_DIRECTORY}{@code <sha256>} per attached file. Nothing
 * else is in it, so everything in the archive is covered by the history's hash chain.
 */
public final class EvidenceArchive {

    public static final String HISTORY_ENTRY = "history.json";
    public static final String FILES_DIRECTORY = "files/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceArchive() {
    }

    /**
     * Writes the archive of {@code historyJson} to {@code out}, reading each attached file from {@code files}.
     *
     * @throws IllegalStateException when an attached file is not in the store (verification reports it; an archive
     *                               without it would not verify)
     */
    public static void write(byte[] historyJson, ContentAddressedFiles files, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(HISTORY_ENTRY));
        zip.write(historyJson);
        zip.closeEntry();
        for (String sha256 : attachedDigests(historyJson)) {
            Optional<InputStream> content = files.open(sha256);
            if (content.isEmpty()) {
                throw new IllegalStateException("the file with digest " + sha256 + " is not in the store");
            }
            zip.putNextEntry(new ZipEntry(FILES_DIRECTORY + sha256));
            try (InputStream stream = content.get()) {
                stream.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The digests of the files the history's events attach, each once, in the order they were first attached. */
    static Set<String> attachedDigests(byte[] historyJson) {
        Set<String> digests = new LinkedHashSet<>();
        references(historyJson).forEach(reference -> digests.add(reference.sha256()));
        return digests;
    }

    /** Every file reference in an export's events; the export's other fields are not looked at. */
    static List<FileReference> references(byte[] historyJson) {
        JsonNode export;
        try {
            export = JSON.readTree(historyJson);
        } catch (IOException e) {
            throw new UncheckedIOException("the history is not JSON", e);
        }
        List<FileReference> references = new ArrayList<>();
        JsonNode events = export == null ? null : export.get("events");
        if (events == null || !events.isArray()) {
            return references;
        }
        for (JsonNode event : events) {
            JsonNode payload = event.get("payload");
            FileReference.in(event.path("aggregateId").asText(null), event.path("sequence").asLong(-1),
                    payload == null || payload.isNull() ? null : payload.asText()).ifPresent(references::add);
        }
        return references;
    }
}
