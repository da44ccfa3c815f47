package org.directivetracker.eventstore.checkpoint;

import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.verification.StoredStreams;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Signs checkpoints of the store: every stream's length and the stored hash of its last event, folded into a
 * {@link MerkleRoot}, signed with the province's key and written to the auditor's directory.
 */
public class CheckpointSigner {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final StoredStreams streams;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final CheckpointDirectory directory;
    private final Clock clock;

    public CheckpointSigner(StoredStreams streams, PrivateKey privateKey, PublicKey publicKey, CheckpointDirectory directory,
                            Clock clock) {
        this.streams = streams;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.directory = directory;
        this.clock = clock;
    }

    /** Signs the store as it stands and keeps the checkpoint in the directory. */
    public synchronized Checkpoint sign() {
        Instant at = clock.instant();
        List<StreamHead> heads = new ArrayList<>();
        long events = 0;
        for (Map.Entry<String, Long> stream : streams.directives().entrySet()) {
            long highest = stream.getValue();
            List<StoredEvent> last = streams.read(stream.getKey(), highest, 1);
            // a stream whose last stored event its read cannot reach is signed as far as it reaches
            String lastHash = last.isEmpty() ? "" : last.get(0).hash();
            heads.add(new StreamHead(stream.getKey(), highest + 1, lastHash));
            events += highest + 1;
        }
        String root = MerkleRoot.of(heads);
        String id = "cp-" + ID_TIME.format(at) + "-" + root.substring(0, 8);
        Checkpoint unsigned = new Checkpoint(Checkpoint.FORMAT, id, at, heads.size(), events, root,
                CheckpointKeys.keyId(publicKey), null, List.copyOf(heads));
        Checkpoint signed = new Checkpoint(Checkpoint.FORMAT, id, at, heads.size(), events, root, unsigned.keyId(),
                CheckpointKeys.sign(privateKey, unsigned.signedText()), unsigned.heads());
        directory.write(signed);
        return signed;
    }
}
