package org.directivetracker.api.checkpoints;

import org.directivetracker.eventstore.checkpoint.Checkpoint;
import org.directivetracker.eventstore.checkpoint.CheckpointCheck;
import org.directivetracker.eventstore.checkpoint.CheckpointDirectory;
import org.directivetracker.eventstore.checkpoint.CheckpointSigner;
import org.directivetracker.eventstore.verification.StoredStreams;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * The signed checkpoints as the service uses them: signing one, listing them, and checking the store or one stream
 * against the latest. Empty answers when this instance has no checkpoints configured.
 */
public class CheckpointEvidence {
    private final StoredStreams streams;
    private final CheckpointDirectory directory;
    private final PublicKey publicKey;
    private final CheckpointSigner signer;

    /** @param directory, publicKey null when checkpoints are not configured; signer null when this instance does not sign */
    public CheckpointEvidence(StoredStreams streams, CheckpointDirectory directory, PublicKey publicKey, CheckpointSigner signer) {
        this.streams = streams;
        this.directory = directory;
        this.publicKey = publicKey;
        this.signer = signer;
    }

    public boolean signs() {
        return signer != null;
    }

    public Checkpoint sign() {
        if (signer == null) {
            throw new CheckpointsUnavailableException("no signing key is configured (tracker.checkpoints.signing-key)");
        }
        return signer.sign();
    }

    public List<Checkpoint> all() {
        return directory == null ? List.of() : directory.all();
    }

    public Optional<Checkpoint> byId(String id) {
        return directory == null ? Optional.empty() : directory.read(id);
    }

    /** One stream against the latest checkpoint; empty without checkpoints. */
    public Optional<CheckpointCheck> checkStream(String streamId) {
        return latest().map(checkpoint -> CheckpointCheck.ofStream(checkpoint, publicKey, streams, streamId));
    }

    /** Every stream against the latest checkpoint; empty without checkpoints. */
    public Optional<CheckpointCheck> checkStore() {
        return latest().map(checkpoint -> CheckpointCheck.ofStore(checkpoint, publicKey, streams));
    }

    private Optional<Checkpoint> latest() {
        return directory == null || publicKey == null ? Optional.empty() : directory.latest();
    }
}
