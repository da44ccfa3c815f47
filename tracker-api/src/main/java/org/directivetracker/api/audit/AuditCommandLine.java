package org.directivetracker.api.audit;

import org.directivetracker.api.checkpoints.CheckpointProperties;
import org.directivetracker.api.store.StorageConfiguration;
import com.mongodb.client.MongoDatabase;
import org.directivetracker.api.evidence.EvidenceProperties;
import org.directivetracker.eventstore.checkpoint.CheckpointCheck;
import org.directivetracker.eventstore.checkpoint.CheckpointDirectory;
import org.directivetracker.eventstore.checkpoint.CheckpointKeys;
import org.directivetracker.eventstore.checkpoint.ExportAgainstCheckpoint;
import org.directivetracker.eventstore.export.ExportVerifier;
import org.directivetracker.eventstore.files.ContentAddressedFiles;
import org.directivetracker.eventstore.files.EvidenceArchiveVerifier;
import org.directivetracker.eventstore.files.FileVerification;
import org.directivetracker.eventstore.files.ProvinceFileVerification;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.verification.ProvinceVerification;
import org.directivetracker.eventstore.verification.StoredStreams;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The tracker's audit modes on the command line, run instead of the service:
 * <ul>
 *   <li>{@code --verify-file=<export.json or .zip>}: checks an exported history offline (no Spring, no database); a
 *   ZIP exported with its files is checked with its files; with {@code --public-key=<pem>} and
 *   {@code --checkpoint=<file or directory>} a history file is also checked against a signed checkpoint.</li>
 *   <li>{@code --verify-all}: verifies every directive of the configured store ({@code TRACKER_MONGO_URI}, else the
 *   embedded store under {@code TRACKER_DATA_DIR}, which must not be open in a running service at the same time),
 *   and, with {@code tracker.checkpoints.*} set, the store against the latest signed checkpoint; prints progress and
 *   the digest for the minutes, then recomputes every attached file's digest. Only the store is started: no web
 *   server, no event processors.</li>
 *   <li>{@code --new-signing-key=<directory>}: writes a new Ed25519 key pair for the province's checkpoints.</li>
 * </ul>
 * Exit status 0 when everything verifies, 1 when something is broken or contradicts a checkpoint (the reason is
 * printed), 2 when the store cannot be opened or read (a one-line reason, no stack trace).
 */
public final class AuditCommandLine {

    static final String VERIFY_FILE = "--verify-file=";
    static final String VERIFY_ALL = "--verify-all";
    static final String NEW_SIGNING_KEY = "--new-signing-key=";
    static final String PUBLIC_KEY = "--public-key=";
    static final String CHECKPOINT = "--checkpoint=";
    static final int BROKEN = 1;
    static final int STORE_UNAVAILABLE = 2;

    private AuditCommandLine() {
    }

    /** The exit status of the audit mode the arguments ask for; empty when they ask for none (start the service). */
    public static OptionalInt run(String[] args, PrintStream out) {
        Optional<String> newKey = valueOf(args, NEW_SIGNING_KEY);
        if (newKey.isPresent()) {
            return OptionalInt.of(newSigningKey(Path.of(newKey.get()), out));
        }
        Optional<String> file = valueOf(args, VERIFY_FILE);
        if (file.isPresent()) {
            Optional<String> publicKey = valueOf(args, PUBLIC_KEY);
            Optional<String> checkpoint = valueOf(args, CHECKPOINT);
            if (publicKey.isPresent() && checkpoint.isPresent()) {
                return OptionalInt.of(ExportAgainstCheckpoint.run(Path.of(file.get()), Path.of(checkpoint.get()),
                        Path.of(publicKey.get()), out));
            }
            return OptionalInt.of(verifyFile(Path.of(file.get()), out));
        }
        if (Arrays.asList(args).contains(VERIFY_ALL)) {
            return OptionalInt.of(verifyAll(args, out));
        }
        return OptionalInt.empty();
    }

    /** A history file, or a ZIP of a history with its evidence files. */
    static int verifyFile(Path file, PrintStream out) {
        return EvidenceArchiveVerifier.isArchive(file) ? EvidenceArchiveVerifier.run(file, out)
                : ExportVerifier.run(file, out);
    }

    static int verifyAll(String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StoreOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .lazyInitialization(true) // only the store and what verification needs
                // a store that cannot be opened is reported in one line below, not as Spring's failure report
                .properties("logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.boot.diagnostics=OFF")
                .run(args)) {
            ProvinceVerification.Report report = context.getBean(ProvinceVerification.class).verifyAll(out::println, 100);
            out.println((report.intact() ? "INTACT" : "BROKEN") + ": " + report.directives() + " directives, "
                        + report.events() + " events, " + report.broken().size() + " broken, verified at "
                        + report.verifiedAt() + " in " + report.millis() + " ms");
            out.println("digest: " + report.digest());
            FileVerification.Report files = context.getBean(ProvinceFileVerification.class).verifyAll(out::println);
            out.println((files.intact() ? "FILES INTACT" : "FILES CHANGED") + ": " + files.files()
                        + " attached files, " + files.failures().size() + " not as attached");
            int checkpoint = againstLatestCheckpoint(context, out);
            return report.intact() && files.intact() && checkpoint == 0 ? 0 : BROKEN;
        } catch (RuntimeException e) {
            out.println("CANNOT OPEN STORE: " + rootCause(e));
            return STORE_UNAVAILABLE;
        }
    }

    private static int againstLatestCheckpoint(ConfigurableApplicationContext context, PrintStream out) {
        CheckpointProperties properties = context.getBean(CheckpointProperties.class);
        if (properties.directory() == null || properties.publicKey() == null) {
            out.println("no checkpoint configured (tracker.checkpoints.directory, public-key): the chain alone was verified");
            return 0;
        }
        try {
            var latest = new CheckpointDirectory(properties.directory()).latest();
            if (latest.isEmpty()) {
                out.println("no checkpoint in " + properties.directory() + ": the chain alone was verified");
                return 0;
            }
            CheckpointCheck check = CheckpointCheck.ofStore(latest.get(), CheckpointKeys.readPublic(properties.publicKey()),
                    context.getBean(StoredStreams.class));
            return ExportAgainstCheckpoint.report(check, out);
        } catch (IOException e) {
            out.println("FAILED: " + e.getMessage());
            return BROKEN;
        }
    }

    private static int newSigningKey(Path directory, PrintStream out) {
        try {
            String keyId = CheckpointKeys.keyId(CheckpointKeys.generate(directory).getPublic());
            out.println("new signing key " + keyId + ": " + directory.resolve(CheckpointKeys.PRIVATE_FILE)
                        + " (keep it off the database's machines), " + directory.resolve(CheckpointKeys.PUBLIC_FILE)
                        + " (give it to the auditors)");
            return 0;
        } catch (IOException e) {
            out.println("FAILED: cannot write the key to " + directory + ": " + e.getMessage());
            return BROKEN;
        }
    }

    private static Optional<String> valueOf(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length())).findFirst();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /**
     * The storage configuration of the service and the verification, nothing else. Not a {@code @Configuration}, so
     * that the service's component scan leaves it alone; as the source of its own application it is still read.
     */
    @Import(StorageConfiguration.class)
    @EnableConfigurationProperties({CheckpointProperties.class, EvidenceProperties.class})
    static class StoreOnly {

        @Bean
        ProvinceFileVerification provinceFileVerification(StoredStreams streams, MongoDatabase database,
                                                          EvidenceProperties evidence) {
            return new ProvinceFileVerification(streams,
                    new FileVerification(new ContentAddressedFiles(database, evidence.bucket())));
        }

        @Bean
        StoredStreams storedStreams(MongoEventStorageEngine engine) {
            return new StoredStreams(engine);
        }

        @Bean
        ProvinceVerification provinceVerification(StoredStreams streams) {
            return new ProvinceVerification(streams, Clock.systemUTC());
        }
    }
}
