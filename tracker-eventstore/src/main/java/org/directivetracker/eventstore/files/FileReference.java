package org.directivetracker.eventstore.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Optional;

/**
 * The store's convention for an event that attaches a file: its payload holds the file's SHA-256 in a top-level text
 * field {@value #DIGEST_FIELD} (and may name it by {@value #ID_FIELD}). Because the payload is hashed into the chain,
 * the chain then covers the file's content as well. The store needs no domain type to find these events.
 *
 * @param aggregateId  the stream of the event that attached the file
 * @param sequence     that event's sequence
 * @param attachmentId the attachment's id in the payload, if any
 * @param sha256       the file's digest
 */
public record FileReference(String aggregateId, long sequence, String attachmentId, String sha256) {

    public static final String DIGEST_FIELD = "sha256";
    public static final String ID_FIELD = "attachmentId";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file the event's payload attaches, if it attaches one. */
    public static Optional<FileReference> in(String aggregateId, long sequence, String payloadJson) {
        if (payloadJson == null || !payloadJson.contains("\"" + DIGEST_FIELD + "\"")) {
            return Optional.empty(); // most events: no parse needed
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(payloadJson);
        } catch (JsonProcessingException e) {
            return Optional.empty(); // an unreadable payload breaks the chain check, which reports it
        }
        JsonNode digest = payload == null ? null : payload.get(DIGEST_FIELD);
        if (digest == null || !digest.isTextual() || !Sha256.isDigest(digest.asText())) {
            return Optional.empty();
        }
        JsonNode id = payload.get(ID_FIELD);
        return Optional.of(new FileReference(aggregateId, sequence, id == null || id.isNull() ? null : id.asText(),
                digest.asText()));
    }
}
