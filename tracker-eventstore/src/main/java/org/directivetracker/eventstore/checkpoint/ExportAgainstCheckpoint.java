package org.directivetracker.eventstore.checkpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.directivetracker.eventstore.export.ExportVerifier;
import org.directivetracker.eventstore.export.HistoryExport;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * The offline check of an exported history against a signed checkpoint and the province's public key: the file's
 * own chain first ({@link ExportVerifier}), then its event at the checkpoint's last position for that directive must
 * carry the signed hash. An export edited and re-hashed passes the first check and fails the second.
 */
public final class ExportAgainstCheckpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportAgainstCheckpoint() {
    }

    /**
     * Prints the verdict; 0 when the file verifies and agrees with the checkpoint, 1 otherwise.
     *
     * @param checkpoint a checkpoint file, or the auditor's directory (its latest checkpoint)
     */
    public static int run(Path export, Path checkpoint, Path publicKeyFile, PrintStream out) {
        int chain = ExportVerifier.run(export, out);
        if (chain != 0) {
            return chain;
        }
        try {
            PublicKey publicKey = CheckpointKeys.readPublic(publicKeyFile);
            Checkpoint signed = Files.isDirectory(checkpoint) ? new CheckpointDirectory(checkpoint).latest()
                    .orElseThrow(() -> new IOException("no checkpoint in " + checkpoint)) : CheckpointDirectory.readFile(checkpoint);
            HistoryExport history = JSON.readValue(export.toFile(), HistoryExport.class);
            if (signed.headOf(history.directiveId()) == null) {
                out.println("NOT COVERED: checkpoint " + signed.id() + " does not cover directive " + history.directiveId());
                return CheckpointCheck.isAuthentic(signed, publicKey) ? 0 : 1;
            }
            CheckpointCheck check = CheckpointCheck.ofExport(signed, publicKey, history.directiveId(),
                    sequence -> history.events().stream().filter(event -> event.sequence() == sequence)
                            .map(HistoryExport.Event::hash).findFirst().orElse(null));
            return report(check, out);
        } catch (IOException | UncheckedIOException e) {
            out.println("FAILED: " + e.getMessage());
            return 1;
        }
    }

    /** Prints a check's verdict: 0 when consistent, 1 otherwise. */
    public static int report(CheckpointCheck check, PrintStream out) {
        if (check.consistent()) {
            out.println("CONSISTENT with checkpoint " + check.checkpointId() + " signed at " + check.at());
            return 0;
        }
        for (String contradiction : check.contradictions()) {
            out.println("CONTRADICTS checkpoint " + check.checkpointId() + ": " + contradiction);
        }
        return 1;
    }
}
