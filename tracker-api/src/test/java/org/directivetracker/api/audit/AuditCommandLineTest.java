package org.directivetracker.api.audit;

import org.directivetracker.eventstore.checkpoint.CheckpointKeys;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's exit codes: 2 (not 1, "broken") when the store cannot be opened, with a one-line reason. */
class AuditCommandLineTest {

    @Test
    void cannotVerifyAStoreInUseAndSaysSoWithExitCodeTwo(@TempDir Path dataDir) {
        try (EmbeddedMongo running = EmbeddedMongo.start(dataDir)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            OptionalInt status = AuditCommandLine.run(new String[]{"--verify-all", "--tracker.data-dir=" + dataDir},
                    new PrintStream(out, true, StandardCharsets.UTF_8));

            String output = out.toString(StandardCharsets.UTF_8);
            assertThat(status).hasValue(2);
            assertThat(output).contains("CANNOT OPEN STORE").doesNotContain("\tat ", "Exception in thread");
        }
    }

    @Test
    void cannotVerifyAnUnreachableStoreAndSaysSoWithExitCodeTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OptionalInt status = AuditCommandLine.run(new String[]{"--verify-all",
                "--tracker.mongo.uri=mongodb://127.0.0.1:9/tracker?serverSelectionTimeoutMS=300&connectTimeoutMS=300"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).hasValue(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CANNOT OPEN STORE").doesNotContain("\tat ");
    }

    @Test
    void canWriteANewSigningKeyPair(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OptionalInt status = AuditCommandLine.run(new String[]{"--new-signing-key=" + directory},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).hasValue(0);
        assertThat(CheckpointKeys.readPrivate(directory.resolve(CheckpointKeys.PRIVATE_FILE))).isNotNull();
        String keyId = CheckpointKeys.keyId(CheckpointKeys.readPublic(directory.resolve(CheckpointKeys.PUBLIC_FILE)));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(keyId);
        assertThat(Files.readString(directory.resolve(CheckpointKeys.PRIVATE_FILE))).startsWith("-----BEGIN PRIVATE KEY-----");
    }
}
