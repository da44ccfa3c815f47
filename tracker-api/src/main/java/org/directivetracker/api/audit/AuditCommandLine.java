package org.directivetracker.api.audit;

import org.directivetracker.api.store.StorageConfiguration;
import com.mongodb.client.MongoDatabase;
import org.directivetracker.api.evidence.EvidenceProperties;
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

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The tracker's audit modes on the command line, run instead of the service:
 * <ul>
 *   <li>{@code --verify-file=<export.json>}: checks an exported history offline (no Spring, no database); a ZIP
 *   exported with its files is checked with its files.</li>
 *   <li>{@code --verify-all}: verifies every directive of the configured store ({@code TRACKER_MONGO_URI}, else the
 *   embedded store under {@code TRACKER_DATA_DIR}, which must not be open in a running service at the same time),
 *   prints progress and the digest for the minutes, then recomputes every attached file's digest. Only the store is started: no web server, no event processors.</li>
 * </ul>
 * Exit status 0 when everything verifies, 1 otherwise.
 */
public final class AuditCommandLine {

    static final String VERIFY_FILE = "--verify-file=";
    static final String VERIFY_ALL = "--verify-all";

    private AuditCommandLine() {
    }

    /** The exit status of the audit mode the arguments ask for; empty when they ask for none (start the service). */
    public static OptionalInt run(String[] args, PrintStream out) {
        for (String arg : args) {
            if (arg.startsWith(VERIFY_FILE)) {
                return OptionalInt.of(verifyFile(Path.of(arg.substring(VERIFY_FILE.length())), out));
            }
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
                .run(args)) {
            ProvinceVerification.Report report = context.getBean(ProvinceVerification.class).verifyAll(out::println, 100);
            out.println((report.intact() ? "INTACT" : "BROKEN") + ": " + report.directives() + " directives, "
                        + report.events() + " events, " + report.broken().size() + " broken, verified at "
                        + report.verifiedAt() + " in " + report.millis() + " ms");
            out.println("digest: " + report.digest());
            FileVerification.Report files = context.getBean(ProvinceFileVerification.class).verifyAll(out::println);
            out.println((files.intact() ? "FILES INTACT" : "FILES CHANGED") + ": " + files.files()
                        + " attached files, " + files.failures().size() + " not as attached");
            return report.intact() && files.intact() ? 0 : 1;
        }
    }

    /**
     * The storage configuration of the service and the verification, nothing else. Not a {@code @Configuration}, so
     * that the service's component scan leaves it alone; as the source of its own application it is still read.
     */
    @Import(StorageConfiguration.class)
    @EnableConfigurationProperties(EvidenceProperties.class)
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
