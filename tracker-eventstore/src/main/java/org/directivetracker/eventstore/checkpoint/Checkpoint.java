package org.directivetracker.eventstore.checkpoint;

import java.time.Instant;
import java.util.List;

/**
 * A signed statement of the whole store at one instant: every stream's length and last hash, folded into a
 * {@link MerkleRoot}, signed with the province's Ed25519 key. The database never holds the key, so whoever can write
 * to the database can still rewrite a stream and re-hash it, but cannot sign a checkpoint that agrees with it.
 *
 * @param id        {@code cp-<instant>-<first 8 of root>}
 * @param keyId     the first 16 hex digits of SHA-256 over the public key's X.509 encoding
 * @param signature Base64 of the Ed25519 signature over {@link #signedText()}
 * @param heads     every stream's head, in stream-id order (the root commits to them)
 */
public record Checkpoint(String format, String id, Instant at, int streams, long events, String root, String keyId,
                         String signature, List<StreamHead> heads) {

    public static final String FORMAT = "directive-tracker-checkpoint/1";

    /** Exactly what the signature covers: format, id, instant, counts and root, one per line. */
    public String signedText() {
        return FORMAT + "\n" + id + "\n" + at + "\n" + streams + "\n" + events + "\n" + root + "\n";
    }

    /** The head of a stream, or null when the checkpoint does not cover it. */
    public StreamHead headOf(String streamId) {
        return heads.stream().filter(head -> head.streamId().equals(streamId)).findFirst().orElse(null);
    }
}
