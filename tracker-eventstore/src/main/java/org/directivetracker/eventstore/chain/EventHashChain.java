package org.directivetracker.eventstore.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Tamper evidence of an aggregate's history: every stored event carries a hash over its own content and the hash of
 * the event before it in the same aggregate stream, so changing, removing or reordering any stored event breaks every
 * hash after it.
 *
 * <p>Exact encoding, the contract of an offline verifier (which calls this class rather than reimplementing it):
 * {@code hash = lowercase hex of SHA-256(field_1 || field_2 || ... || field_9)} where the fields are, in order,
 * {@code previousHash, aggregateId, sequence, payloadType, timestampIso, account, role, commune, payloadJson}; each
 * field is encoded as its UTF-8 bytes preceded by their length as a 4-byte big-endian unsigned integer; {@code sequence}
 * is its decimal text ({@code Long.toString}); a null field is encoded like the empty string. {@code previousHash} of
 * the first event of a stream (sequence 0) is {@link #GENESIS}, 64 zeros. {@code timestampIso} is the stored
 * {@code Instant.toString()} text; {@code account}, {@code role} and {@code commune} are the event's metadata values
 * under the keys the application names in {@link ActorKeys} (the tracker's are {@code account}, {@code role} and
 * {@code commune}) as text (absent: empty); {@code payloadJson} is the stored payload
 * text. An event that belongs to no aggregate is hashed alone: previous hash {@link #GENESIS}, aggregate id empty,
 * sequence 0.
 */
public final class EventHashChain {

    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper METADATA_READER = new ObjectMapper();

    private EventHashChain() {
    }

    public static String hash(String previousHash, String aggregateId, long sequence, String payloadType,
                              String timestampIso, String account, String role, String commune, String payloadJson) {
        return sha256OfFields(Arrays.asList(previousHash, aggregateId, Long.toString(sequence), payloadType,
                timestampIso, account, role, commune, payloadJson));
    }

    /**
     * Lowercase hex of SHA-256 over the fields in order, each encoded as its UTF-8 bytes preceded by their length as a
     * 4-byte big-endian unsigned integer, a null field like the empty string: the encoding of {@link #hash}, shared
     * with every other digest of the audit so that they cannot drift apart.
     */
    public static String sha256OfFields(Iterable<String> fields) {
        MessageDigest digest = sha256();
        for (String field : fields) {
            byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
            int length = bytes.length;
            digest.update(new byte[]{(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Recomputes the hash of a stored event from its stored fields (actor taken from its stored metadata under
     * {@code actorKeys}) and the given previous hash; equal to {@code event.hash()} when neither was altered.
     */
    public static String recompute(StoredEvent event, String previousHash, ActorKeys actorKeys) {
        JsonNode metadata = readMetadata(event.metadataJson());
        return hash(previousHash, event.aggregateId(), event.sequence(), event.payloadType(),
                event.timestamp().toString(), text(metadata, actorKeys.account()), text(metadata, actorKeys.role()),
                text(metadata, actorKeys.commune()), event.payloadJson());
    }

    private static JsonNode readMetadata(String metadataJson) {
        try {
            return METADATA_READER.readTree(metadataJson == null ? "{}" : metadataJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored metadata is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
