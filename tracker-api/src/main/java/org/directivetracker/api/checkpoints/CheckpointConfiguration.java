package org.directivetracker.api.checkpoints;

import org.directivetracker.api.operations.TrackerProperties;
import org.directivetracker.api.store.StorageProperties;
import org.directivetracker.eventstore.checkpoint.CheckpointDirectory;
import org.directivetracker.eventstore.checkpoint.CheckpointKeys;
import org.directivetracker.eventstore.checkpoint.CheckpointSigner;
import org.directivetracker.eventstore.verification.StoredStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Checkpoints from {@code tracker.checkpoints.*}: the keys are read at start, so a wrong key file stops the start. */
@Configuration(proxyBeanMethods = false)
public class CheckpointConfiguration {
    private static final Logger log = LoggerFactory.getLogger(CheckpointConfiguration.class);

    @Bean
    public CheckpointEvidence checkpointEvidence(CheckpointProperties configured, StoredStreams streams,
                                                 ObjectProvider<Clock> clock, TrackerProperties tracker,
                                                 StorageProperties storage) {
        CheckpointProperties properties = tracker.demo() && !configured.verifies() ? demoKey(configured, storage) : configured;
        if (!properties.verifies()) {
            log.info("no signed checkpoints: set tracker.checkpoints.directory and public-key (and signing-key to sign)");
            return new CheckpointEvidence(streams, null, null, null);
        }
        try {
            CheckpointDirectory directory = new CheckpointDirectory(properties.directory());
            PublicKey publicKey = CheckpointKeys.readPublic(properties.publicKey());
            CheckpointSigner signer = properties.signs() ? new CheckpointSigner(streams,
                    CheckpointKeys.readPrivate(properties.signingKey()), publicKey, directory,
                    clock.getIfAvailable(Clock::systemUTC)) : null;
            log.info("signed checkpoints in {}, key {}{}", properties.directory(), CheckpointKeys.keyId(publicKey),
                    signer == null ? " (verifying only)" : "");
            return new CheckpointEvidence(streams, directory, publicKey, signer);
        } catch (IOException e) {
            throw new UncheckedIOException("tracker.checkpoints: " + e.getMessage(), e);
        }
    }

    /**
     * The demo's own key and directory, beside its data, so that checkpoints can be tried out: a key kept with the
     * database protects nothing, and the log says so.
     */
    private static CheckpointProperties demoKey(CheckpointProperties configured, StorageProperties storage) {
        Path keys = storage.dataDir().resolve("demo-signing-key");
        try {
            if (!Files.exists(keys.resolve(CheckpointKeys.PRIVATE_FILE))) {
                CheckpointKeys.generate(keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's signing key to " + keys, e);
        }
        log.warn("demo: checkpoints are signed with a key kept beside the data in {}; it protects nothing."
                 + " A province sets tracker.checkpoints.* to a key the database's machines do not hold", keys);
        return new CheckpointProperties(storage.dataDir().resolve("demo-checkpoints"), keys.resolve(CheckpointKeys.PUBLIC_FILE),
                keys.resolve(CheckpointKeys.PRIVATE_FILE), configured.interval());
    }

    /** A checkpoint every {@code tracker.checkpoints.interval}, when one is set and this instance signs. */
    @Bean(destroyMethod = "shutdownNow")
    public ScheduledExecutorService checkpointSchedule(CheckpointProperties properties, CheckpointEvidence evidence) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "checkpoint-schedule");
            thread.setDaemon(true);
            return thread;
        });
        if (evidence.signs() && properties.interval() != null && !properties.interval().isZero()) {
            long every = properties.interval().toSeconds();
            schedule.scheduleWithFixedDelay(() -> {
                try {
                    log.info("signed checkpoint {}", evidence.sign().id());
                } catch (RuntimeException e) {
                    log.error("scheduled checkpoint failed", e);
                }
            }, every, every, TimeUnit.SECONDS);
        }
        return schedule;
    }
}
