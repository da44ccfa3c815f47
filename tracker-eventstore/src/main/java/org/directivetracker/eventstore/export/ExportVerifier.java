package org.directivetracker.eventstore.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.directivetracker.eventstore.chain.AuditDigest;
import org.directivetracker.eventstore.chain.ChainVerification;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an exported history file offline: no Spring, no database, only the file and {@code EventHashChain}. The
 * file is read strictly (an unknown or missing field fails), every event must belong to the directive the file
 * names, the chain must be intact, and the last hash and digest must be the ones the events give.
 */
public final class ExportVerifier {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ExportVerifier() {
    }

    /**
     * The verdict on a file.
     *
     * @param firstBrokenSequence where the chain breaks, when it does; null otherwise
     * @param problem             why the file fails, for a person; null when it verifies
     */
    public record Verdict(boolean verified, String directiveId, int events, Long firstBrokenSequence, String lastHash,
                          String digest, String problem) {

        static Verdict failed(String directiveId, int events, Long firstBrokenSequence, String problem) {
            return new Verdict(false, directiveId, events, firstBrokenSequence, null, null, problem);
        }
    }

    public static Verdict verify(byte[] file) {
        HistoryExport export;
        try {
            export = STRICT.readValue(file, HistoryExport.class);
        } catch (JsonProcessingException e) {
            return Verdict.failed(null, 0, null, "the file is not a history export: " + e.getOriginalMessage());
        } catch (IOException e) {
            return Verdict.failed(null, 0, null, "the file cannot be read: " + e.getMessage());
        }
        return verify(export);
    }

    static Verdict verify(HistoryExport export) {
        String directiveId = export.directiveId();
        List<HistoryExport.Event> events = export.events() == null ? List.of() : export.events();
        if (!HistoryExport.FORMAT.equals(export.format())) {
            return Verdict.failed(directiveId, events.size(), null,
                    "the file's format is '" + export.format() + "', not '" + HistoryExport.FORMAT + "'");
        }
        if (directiveId == null || events.isEmpty()) {
            return Verdict.failed(directiveId, events.size(), null, "the file names no directive or holds no event");
        }
        for (HistoryExport.Event event : events) {
            if (!directiveId.equals(event.aggregateId())) {
                return Verdict.failed(directiveId, events.size(), event.sequence(), "event " + event.sequence()
                        + " belongs to directive '" + event.aggregateId() + "', not to '" + directiveId + "'");
            }
        }
        ChainVerification chain = ChainVerification.check(directiveId, events, -1);
        if (!chain.intact()) {
            return Verdict.failed(directiveId, events.size(), chain.firstBrokenSequence(), chain.problem());
        }
        if (!chain.lastHash().equals(export.lastHash())) {
            return Verdict.failed(directiveId, events.size(), null,
                    "the file's last hash is not the hash of its last event (" + chain.lastHash() + ")");
        }
        String digest = AuditDigest.of(directiveId, chain.lastHash());
        if (!digest.equals(export.digest())) {
            return Verdict.failed(directiveId, events.size(), null,
                    "the file's digest is not the digest of its directive and last hash (" + digest + ")");
        }
        return new Verdict(true, directiveId, events.size(), null, chain.lastHash(), digest, null);
    }

    /** The command-line mode {@code --verify-file=<path>}: prints the verdict; 0 when the file verifies, 1 otherwise. */
    public static int run(Path file, PrintStream out) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            out.println("FAILED: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        Verdict verdict = verify(content);
        if (verdict.verified()) {
            out.println("VERIFIED: directive " + verdict.directiveId() + ", " + verdict.events()
                        + " events, hash chain intact");
            out.println("last hash: " + verdict.lastHash());
            out.println("digest:    " + verdict.digest());
            return 0;
        }
        out.println("FAILED: " + (verdict.directiveId() == null ? "" : "directive " + verdict.directiveId() + ": ")
                    + verdict.problem());
        if (verdict.firstBrokenSequence() != null) {
            out.println("first broken sequence: " + verdict.firstBrokenSequence());
        }
        return 1;
    }
}
