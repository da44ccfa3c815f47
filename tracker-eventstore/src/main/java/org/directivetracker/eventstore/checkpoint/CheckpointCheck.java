package org.directivetracker.eventstore.checkpoint;

import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.verification.StoredStreams;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether a history agrees with a signed checkpoint: for each stream the checkpoint covers, the history must still
 * hold at least as many events, and the event at the checkpoint's last position must carry the hash that was signed.
 * A rewrite re-hashed to the end of its stream, a deleted tail and a deleted stream all contradict it; so does an
 * exported history edited and re-hashed. Events appended after the checkpoint are covered by the hash chain alone
 * until the next checkpoint.
 *
 * @param signatureValid  the checkpoint is signed by the given key, and its root is the root of its heads
 * @param contradictions  one line per stream the history contradicts, naming the checkpoint
 */
public record CheckpointCheck(String checkpointId, Instant at, boolean signatureValid, boolean consistent,
                              List<String> contradictions) {

    /** The signature, and that the root commits to exactly the heads listed. */
    public static boolean isAuthentic(Checkpoint checkpoint, PublicKey publicKey) {
        return Checkpoint.FORMAT.equals(checkpoint.format()) && checkpoint.heads() != null
               && CheckpointKeys.keyId(publicKey).equals(checkpoint.keyId())
               && MerkleRoot.of(checkpoint.heads()).equals(checkpoint.root())
               && CheckpointKeys.verify(publicKey, checkpoint.signedText(), checkpoint.signature());
    }

    /** Every stream of the store against the checkpoint. */
    public static CheckpointCheck ofStore(Checkpoint checkpoint, PublicKey publicKey, StoredStreams streams) {
        return of(checkpoint, publicKey, checkpoint.heads(), head -> storedHash(streams, head));
    }

    /** One stream of the store against the checkpoint (consistent when the checkpoint does not cover it). */
    public static CheckpointCheck ofStream(Checkpoint checkpoint, PublicKey publicKey, StoredStreams streams, String streamId) {
        StreamHead head = checkpoint.headOf(streamId);
        return of(checkpoint, publicKey, head == null ? List.of() : List.of(head), covered -> storedHash(streams, covered));
    }

    /**
     * An exported history of one stream against the checkpoint.
     *
     * @param hashAt the export's hash of the event with a sequence, or null when the export holds no such event
     */
    public static CheckpointCheck ofExport(Checkpoint checkpoint, PublicKey publicKey, String streamId,
                                           Function<Long, String> hashAt) {
        StreamHead head = checkpoint.headOf(streamId);
        return of(checkpoint, publicKey, head == null ? List.of() : List.of(head), covered -> hashAt.apply(covered.length() - 1));
    }

    /** The stored hash of the last event the head covers; null when the store no longer reaches it. */
    private static String storedHash(StoredStreams streams, StreamHead head) {
        List<StoredEvent> last = streams.read(head.streamId(), head.length() - 1, 1);
        return last.isEmpty() ? null : last.get(0).hash();
    }

    private static CheckpointCheck of(Checkpoint checkpoint, PublicKey publicKey, List<StreamHead> heads,
                                      Function<StreamHead, String> hashOfLastCovered) {
        if (!isAuthentic(checkpoint, publicKey)) {
            return new CheckpointCheck(checkpoint.id(), checkpoint.at(), false, false, List.of("checkpoint "
                    + checkpoint.id() + " is not signed by the province's key, or its root does not match its streams"));
        }
        List<String> contradictions = new ArrayList<>();
        for (StreamHead head : heads) {
            String found = hashOfLastCovered.apply(head);
            long lastSequence = head.length() - 1;
            if (found == null) {
                contradictions.add(head.streamId() + ": checkpoint " + checkpoint.id() + " covers " + head.length()
                        + " events, but event " + lastSequence + " is no longer there (events were deleted)");
            } else if (!Objects.equals(found, head.lastHash())) {
                contradictions.add(head.streamId() + ": event " + lastSequence + " does not carry the hash signed in checkpoint "
                        + checkpoint.id() + " (the history up to it was rewritten)");
            }
        }
        return new CheckpointCheck(checkpoint.id(), checkpoint.at(), true, contradictions.isEmpty(), List.copyOf(contradictions));
    }
}
