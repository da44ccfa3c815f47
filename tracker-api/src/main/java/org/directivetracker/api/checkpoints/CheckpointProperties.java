package org.directivetracker.api.checkpoints;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Signed checkpoints ({@code tracker.checkpoints.*}). Without a public key and a directory there are none, and
 * verification answers say so.
 *
 * @param directory  where the checkpoints are kept for the auditor (outside the database)
 * @param publicKey  the province's Ed25519 public key (X.509 PEM), to verify them
 * @param signingKey the province's Ed25519 private key (PKCS#8 PEM), to sign them; absent on an instance that only
 *                   verifies
 * @param interval   how often a checkpoint is signed unasked (absent: only on demand)
 */
@ConfigurationProperties("tracker.checkpoints")
public record CheckpointProperties(Path directory, Path publicKey, Path signingKey, Duration interval) {

    boolean verifies() {
        return directory != null && publicKey != null;
    }

    boolean signs() {
        return verifies() && signingKey != null;
    }
}
